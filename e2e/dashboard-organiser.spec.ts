import { readFile } from "node:fs/promises";
import { devices, type Locator, type Page } from "@playwright/test";
import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { e2eDb } from "./support/db";
import { Mailbox } from "./pages/mailbox";
import { OrderPage } from "./pages/order-page";
import { waitUntilHydrated } from "./support/hydration";
import {
  createEventWithItems,
  dragAnnouncement,
  dragRow,
  moveByKeyboard,
  namesInShownOrder,
  savedItemOrder,
} from "./support/sortable";
import { uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

test.describe("organiser dashboard", () => {
  test("create an event with items and stock, publish it, see an attendee's order, change its status (the attendee is emailed), export CSV", async ({
    page,
    browser,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    await signInAs("organiser");
    const slug = `e2e-${Date.now().toString(36)}`;

    await test.step("create the event", async () => {
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}`));
      await page.getByRole("link", { name: "New event" }).click();
      const form = page.locator("main form");
      await waitUntilHydrated(form);
      // Leaving the name field suggests an address from it; type ours after that.
      await form.getByLabel("Name", { exact: true }).fill("E2E Summit");
      await form.getByLabel("Name", { exact: true }).blur();
      await expect(form.getByLabel("Address (slug)")).toHaveValue("e2e-summit");
      await form.getByLabel("Address (slug)").fill(slug);
      await expect(form.getByLabel("Address (slug)")).toHaveValue(slug);
      await expect(page.getByText(`${slug} is available`, { exact: false })).toBeVisible();
      await form.getByLabel("Order reference prefix").fill("ETE");
      await page.getByRole("button", { name: "Create event" }).click();
      await expect(page).toHaveURL(/\/items$/);
      await expect(page.getByRole("heading", { level: 1, name: "E2E Summit" })).toBeVisible();
    });

    await test.step("add an item with two sizes and stock", async () => {
      await page
        .getByRole("link", { name: /Add (your first )?item/ })
        .first()
        .click();
      const form = page.locator("main form");
      await waitUntilHydrated(form);
      await form.getByLabel("Name", { exact: true }).fill("Hoodie");
      await form.getByLabel("Variants").fill("S, M");
      await form.getByLabel("Initial stock per variant").fill("5");
      await form.getByRole("button", { name: "Add item" }).click();
      await expect(page).toHaveURL(/\/items$/);
      const card = page.getByTestId("dashboard-item").filter({ hasText: "Hoodie" });
      await expect(card.getByRole("row", { name: /^M\b/ })).toContainText("5");
    });

    await test.step("publish", async () => {
      await page.getByRole("link", { name: "Settings" }).click();
      const publish = page.getByRole("button", { name: "Publish", exact: true });
      await waitUntilHydrated(publish);
      await publish.click();
      await expect(page.getByTestId("action-result").first()).toContainText(/published/i);
    });

    const attendeeEmail = uniqueEmail("dash");
    let reference = "";
    await test.step("an attendee orders a hoodie in M", async () => {
      const attendee = await browser.newPage();
      const orderPage = new OrderPage(attendee);
      await orderPage.goto(slug);
      await orderPage.chooseVariant("Hoodie", "M");
      await orderPage.fillAttendee({ name: "Ada Dashboard", email: attendeeEmail });
      await orderPage.submit();
      reference = await new ConfirmationPage(attendee).expectLoaded();
      await attendee.close();
    });

    await test.step("the order appears in the table, stock went down", async () => {
      await page.getByRole("link", { name: "Orders", exact: true }).click();
      await expect(page.getByRole("link", { name: reference })).toBeVisible();
      await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText("Ada Dashboard");
    });

    await test.step("change its status; the attendee is emailed", async () => {
      await page.getByRole("link", { name: reference }).click();
      const confirm = page.getByRole("button", { name: "Mark confirmed" });
      await waitUntilHydrated(confirm);
      await confirm.click();
      await expect(page.getByTestId("action-result").first()).toContainText(/confirmed/i);
      const mailPage = await browser.newPage();
      const mail = await new Mailbox(mailPage).open({
        to: attendeeEmail,
        subject: new RegExp(`${reference}.*confirmed`, "i"),
      });
      expect(mail.text).toContain(reference);
      await mailPage.close();
    });

    await test.step("export CSV with the order and its columns", async () => {
      await page.getByRole("link", { name: "Orders", exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-csv").click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-orders-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
      const [header, ...rows] = csv.trim().split(/\r?\n/);
      expect(header).toMatch(/reference/i);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(reference);
      expect(rows[0]).toContain("Ada Dashboard");
      expect(rows[0]).toContain(attendeeEmail);
    });
  });
});

test.describe("reordering items (dnd-kit: keyboard, mouse and touch)", () => {
  // Each opens the items page (and one reloads it) on a production build shared with other specs.
  test.describe.configure({ timeout: 90_000 });
  const names = ["Tee", "Hoodie", "Socks"];
  const open = async (page: Page, eventId: string) => {
    await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/items`));
    const list = page.locator("main ol").first();
    await waitUntilHydrated(list.getByRole("button", { name: "Reorder Tee" }));
    return list;
  };
  const handleOf = (list: Locator, name: string) => list.getByRole("button", { name: `Reorder ${name}` });
  const rowOf = (list: Locator, name: string) =>
    list
      .getByTestId("item-row")
      .filter({ has: list.page().getByRole("button", { name: `Reorder ${name}` }) });
  const newEvent = () =>
    createEventWithItems({
      orgId: DEMO_ORG_ID,
      slug: `sort-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      names,
    });

  test("by keyboard: focus the handle, Space, ArrowDown, Space; saved and announced by name", async ({
    page,
    signInAs,
  }) => {
    const { eventId } = await newEvent();
    await signInAs("organiser");
    const list = await open(page, eventId);
    await moveByKeyboard(page, {
      handle: handleOf(list, "Tee"),
      by: 1,
      over: "Tee is over position 2 of 3.",
    });
    await expect(dragAnnouncement(page)).toHaveText("Moved Tee to position 2 of 3.");
    await expect.poll(() => namesInShownOrder(list)).toEqual(["Hoodie", "Tee", "Socks"]);
    await expect.poll(() => savedItemOrder(eventId)).toEqual(["Hoodie", "Tee", "Socks"]);
    // The keyboard stays on the moved row's handle, ready for the next move.
    await expect(handleOf(list, "Tee")).toBeFocused();
  });

  test("by mouse: press the handle, move in steps, release; what is shown is what is saved", async ({
    page,
    signInAs,
  }) => {
    const { eventId } = await newEvent();
    await signInAs("organiser");
    const list = await open(page, eventId);
    await dragRow(page, {
      pointer: "mouse",
      handle: handleOf(list, "Socks"),
      row: rowOf(list, "Socks"),
      target: rowOf(list, "Tee"),
      over: "Socks is over position 1 of 3.",
    });
    await expect(dragAnnouncement(page)).toHaveText("Moved Socks to position 1 of 3.");
    await expect.poll(() => namesInShownOrder(list)).toEqual(["Socks", "Tee", "Hoodie"]);
    await expect.poll(() => savedItemOrder(eventId)).toEqual(["Socks", "Tee", "Hoodie"]);
    await page.reload();
    await waitUntilHydrated(handleOf(list, "Tee"));
    expect(await namesInShownOrder(list)).toEqual(["Socks", "Tee", "Hoodie"]);
  });

  test("by touch on a phone: drag the handle with a finger", async ({ browser, signInAs }) => {
    const { eventId } = await newEvent();
    const phone = await browser.newContext({ ...devices["Pixel 7"] });
    const page = await phone.newPage();
    await signInAs("organiser", { page });
    const list = await open(page, eventId);
    await dragRow(page, {
      pointer: "touch",
      handle: handleOf(list, "Tee"),
      row: rowOf(list, "Tee"),
      target: rowOf(list, "Hoodie"),
      over: "Tee is over position 2 of 3.",
    });
    await expect(dragAnnouncement(page)).toHaveText("Moved Tee to position 2 of 3.");
    await expect.poll(() => savedItemOrder(eventId)).toEqual(["Hoodie", "Tee", "Socks"]);
    await phone.close();
  });

  test("a failed save shows why and puts the rows back as they were", async ({ page, signInAs }) => {
    const { eventId, itemIds } = await newEvent();
    await signInAs("organiser");
    const list = await open(page, eventId);
    // Someone else archives an item after this page was loaded: the server refuses the stale order.
    await e2eDb().query("update items set archived_at = now() where id = $1", [itemIds.get("Socks")]);
    await moveByKeyboard(page, {
      handle: handleOf(list, "Tee"),
      by: 1,
      over: "Tee is over position 2 of 3.",
    });
    await expect(page.getByTestId("action-result").first()).toContainText(
      "The list changed since this page was loaded",
    );
    await expect.poll(() => namesInShownOrder(list)).toEqual(["Tee", "Hoodie", "Socks"]);
    expect(await savedItemOrder(eventId)).toEqual(["Tee", "Hoodie"]);
  });
});

import { devices } from "@playwright/test";
import sharp from "sharp";
import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { OrderPage } from "./pages/order-page";
import { createPublishedEvent, e2eDb } from "./support/db";
import { waitUntilHydrated } from "./support/hydration";
import { dragAnnouncement, dragRow, moveByKeyboard, namesInShownOrder } from "./support/sortable";
import { uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

// Wide enough for the builder's side-by-side preview.
test.use({ viewport: { width: 1440, height: 1000 } });

test("build a form with a conditional question and a size chart, preview it, publish, order, and read the answers", async ({
  page,
  browser,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const slug = `form-${Date.now().toString(36)}`;
  const { eventId, itemName } = await createPublishedEvent({ orgId: DEMO_ORG_ID, slug, name: "Form Fest" });
  await signInAs("organiser");
  await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/form`));
  const addButton = page.getByRole("button", { name: "Add", exact: true });
  await waitUntilHydrated(addButton);

  const addField = async (type: string, label: string) => {
    await page.getByLabel("Add a field").selectOption({ label: type });
    await addButton.click();
    await page.getByLabel("Label", { exact: true }).fill(label);
  };

  await test.step("a tick box, a question shown only when it is ticked, and a size chart", async () => {
    await addField("Yes/no checkbox", "I need a parking spot");
    await addField("Short text", "Licence plate");
    await page.getByLabel("Required", { exact: true }).check();
    await page.getByLabel("Show this field").selectOption({ label: "When “I need a parking spot” …" });
    await expect(page.getByLabel("Condition")).toHaveValue("checked");

    await page.getByLabel("Add a field").selectOption({ label: "Image" });
    await addButton.click();
    const chart = await sharp({
      create: { width: 600, height: 400, channels: 3, background: { r: 30, g: 64, b: 175 } },
    })
      .png()
      .toBuffer();
    await page
      .getByLabel("Upload an image")
      .setInputFiles({ name: "size-chart.png", mimeType: "image/png", buffer: chart });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByText("Image uploaded.")).toBeVisible();
    await page.getByLabel("Description for people who cannot see it").fill("Size chart");
    await expect(page.getByText(/^Saved \d/)).toBeVisible({ timeout: 15_000 });
  });

  await test.step("the phone preview is the attendee's form, condition included", async () => {
    const preview = page.getByTestId("form-preview");
    const parking = preview.getByRole("checkbox", { name: "I need a parking spot" });
    await expect(parking).toBeVisible();
    await expect(preview.getByRole("textbox", { name: /Licence plate/ })).toHaveCount(0);
    await parking.check();
    await expect(preview.getByRole("textbox", { name: /Licence plate/ })).toBeVisible();
    await expect(preview.getByRole("img", { name: "Size chart" })).toBeVisible();
  });

  await test.step("publish version 1", async () => {
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publish", exact: true }).click();
    // The action's own message (the page's status line, refreshed, says it too).
    await expect(page.getByTestId("action-result").first()).toContainText("Version 1 published");
  });

  const email = uniqueEmail("form");
  let reference = "";
  await test.step("an attendee answers on a phone", async () => {
    const phone = await browser.newContext({ ...devices["Pixel 7"] });
    const attendee = await phone.newPage();
    const order = new OrderPage(attendee);
    await order.goto(slug);
    await order.chooseVariant(itemName, "L");
    await order.fillAttendee({ name: "Parker Driver", email });
    await expect(order.form.getByRole("img", { name: "Size chart" })).toBeVisible();
    await expect(order.form.getByRole("textbox", { name: /Licence plate/ })).toHaveCount(0);
    await order.form.getByRole("checkbox", { name: "I need a parking spot" }).check();
    await order.form.getByRole("textbox", { name: /Licence plate/ }).fill("AB-123-C");
    await order.submit();
    reference = await new ConfirmationPage(attendee).expectLoaded();
    await phone.close();
  });

  await test.step("the order's detail shows the answers by the form version", async () => {
    await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/orders`));
    await page.getByRole("link", { name: reference }).click();
    const answers = page.getByRole("region", { name: "Answers" });
    await expect(answers).toContainText("I need a parking spot");
    await expect(answers).toContainText("Licence plate");
    await expect(answers).toContainText("AB-123-C");
  });
});

test("reorder fields by keyboard and by mouse: the draft saves the order shown, announced by name", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const slug = `fsort-${Date.now().toString(36)}`;
  const { eventId } = await createPublishedEvent({ orgId: DEMO_ORG_ID, slug, name: "Sort Fest" });
  await signInAs("organiser");
  await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/form`));
  const addButton = page.getByRole("button", { name: "Add", exact: true });
  await waitUntilHydrated(addButton);
  for (const label of ["Company", "Job title", "Team"]) {
    await page.getByLabel("Add a field").selectOption({ label: "Short text" });
    await addButton.click();
    await page.getByLabel("Label", { exact: true }).fill(label);
  }
  const list = page.getByTestId("field-list");
  const handle = (label: string) => list.getByRole("button", { name: `Reorder ${label}` });
  const row = (label: string) =>
    list.getByTestId("field-row").filter({ has: page.getByRole("button", { name: `Reorder ${label}` }) });
  const savedLabels = async () => {
    const draft = await e2eDb().query<{ labels: string[] }>(
      `select coalesce(jsonb_agg(f->>'label' order by n), '[]') as labels
       from form_drafts, jsonb_array_elements(fields) with ordinality as t(f, n) where event_id = $1`,
      [eventId],
    );
    return draft.rows[0]?.labels ?? [];
  };
  await expect.poll(savedLabels, { timeout: 15_000 }).toEqual(["Company", "Job title", "Team"]);

  await test.step("keyboard: focus the handle, Space, ArrowDown, Space", async () => {
    await moveByKeyboard(page, {
      handle: handle("Company"),
      by: 1,
      over: "Company is over position 2 of 3.",
    });
    await expect(dragAnnouncement(page)).toHaveText("Moved Company to position 2 of 3.");
    await expect.poll(() => namesInShownOrder(list)).toEqual(["Job title", "Company", "Team"]);
    await expect(handle("Company")).toBeFocused();
    await expect.poll(savedLabels, { timeout: 15_000 }).toEqual(["Job title", "Company", "Team"]);
  });

  await test.step("mouse: press the handle, move in steps, release", async () => {
    await dragRow(page, {
      pointer: "mouse",
      handle: handle("Team"),
      row: row("Team"),
      target: row("Job title"),
      over: "Team is over position 1 of 3.",
    });
    await expect(dragAnnouncement(page)).toHaveText("Moved Team to position 1 of 3.");
    await expect.poll(() => namesInShownOrder(list)).toEqual(["Team", "Job title", "Company"]);
    await expect.poll(savedLabels, { timeout: 15_000 }).toEqual(["Team", "Job title", "Company"]);
  });

  await test.step("after a reload the builder shows the saved order", async () => {
    await page.reload();
    await waitUntilHydrated(handle("Team"));
    expect(await namesInShownOrder(list)).toEqual(["Team", "Job title", "Company"]);
  });
});

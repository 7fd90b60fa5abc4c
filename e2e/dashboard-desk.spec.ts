import { devices } from "@playwright/test";
import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { OrderPage } from "./pages/order-page";
import { createPublishedEvent, e2eDb } from "./support/db";
import { waitUntilHydrated } from "./support/hydration";
import { uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

// The desk is a phone held by event staff (issue 12).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a browser type cannot be set per file
const { defaultBrowserType, ...phone } = devices["Pixel 7"];
test.use(phone);

test.describe("collection desk", () => {
  test("desk staff collect an order by typing its reference on a phone; a second desk is warned", async ({
    page,
    browser,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const tag = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
    const slug = `desk-${tag}`;
    const { eventId, itemName } = await createPublishedEvent({ orgId: DEMO_ORG_ID, slug, name: "Desk Days" });
    const attendeeEmail = uniqueEmail("desk");

    let reference = "";
    await test.step("an attendee orders; the confirmation shows the reference as a QR code and as text", async () => {
      const attendee = await browser.newPage(phone);
      const orderPage = new OrderPage(attendee);
      await orderPage.goto(slug);
      await orderPage.chooseVariant(itemName, "S");
      await orderPage.fillAttendee({ name: "Ada Desk", email: attendeeEmail });
      await orderPage.submit();
      reference = await new ConfirmationPage(attendee).expectLoaded();
      await expect(
        attendee.getByRole("img", { name: `QR code of order reference ${reference}` }),
      ).toBeVisible();
      await attendee.close();
      // The organisers confirm it (their side is tested elsewhere).
      await e2eDb().query(`update orders set status = 'confirmed' where reference = $1`, [reference]);
    });

    const deskUrl = rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/desk`);
    await signInAs("desk");
    const second = await browser.newPage(phone);
    await signInAs("desk", { page: second });

    const find = async (p: typeof page, typed: string) => {
      const field = p.getByLabel("Order reference");
      await waitUntilHydrated(field);
      await field.fill(typed);
      await p.getByRole("button", { name: "Find" }).click();
    };

    await test.step("both desks find the order by its typed reference: the name and what to hand over", async () => {
      for (const p of [page, second]) {
        await p.goto(deskUrl);
        await expect(p.getByRole("navigation", { name: "Event sections" }).getByRole("link")).toHaveText([
          "Desk",
        ]);
        await find(p, reference.toLowerCase().replace("-", " "));
        const card = p.getByTestId("desk-order");
        await expect(card.getByRole("heading", { name: "Ada Desk" })).toBeVisible();
        await expect(card.getByRole("list", { name: "Hand over" })).toHaveText(`1 × ${itemName} — S`);
        await expect(card).not.toContainText(attendeeEmail);
      }
    });

    await test.step("one tap marks it collected", async () => {
      await page.getByRole("button", { name: "Mark collected" }).click();
      await expect(page.getByTestId("desk-notice")).toHaveText(`Order ${reference} collected. Hand it over.`);
      await expect(page.getByTestId("desk-order-status")).toHaveText("Collected");
    });

    await test.step("the second desk's tap is told it was just collected, and by whom", async () => {
      await second.getByRole("button", { name: "Mark collected" }).click();
      await expect(second.getByTestId("desk-notice")).toContainText(
        new RegExp(`Order ${reference} was already collected .* by E2E desk. Hand nothing over.`),
      );
      await expect(second.getByRole("button", { name: "Mark collected" })).toHaveCount(0);
    });

    await test.step("a made-up reference says so", async () => {
      await find(second, "FRM-ZZZZZZ");
      await expect(second.getByTestId("desk-notice")).toContainText("No order FRM-ZZZZZZ at this event");
      await second.close();
    });
  });
});

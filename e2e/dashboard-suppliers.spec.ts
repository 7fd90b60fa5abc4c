import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { Mailbox } from "./pages/mailbox";
import { OrderPage } from "./pages/order-page";
import { createPublishedEvent, e2eDb } from "./support/db";
import { signWebhook } from "./support/webhooks";
import { waitUntilHydrated } from "./support/hydration";
import { uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

test.describe("suppliers", () => {
  test("create a supplier, assign an item, confirm an attendee's order: the supplier's email is in the mailbox with only what it was shared", async ({
    page,
    browser,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    await signInAs("organiser");
    const tag = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
    const slug = `sup-${tag}`;
    const { eventId, itemName } = await createPublishedEvent({
      orgId: DEMO_ORG_ID,
      slug,
      name: "Supplier Summit",
    });
    const supplierName = `Cap Makers ${tag}`;
    const supplierEmail = `caps-${tag}@supplier.example`;

    await test.step("add a supplier; bad input is refused with its message", async () => {
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/suppliers`));
      await page.getByRole("link", { name: "Add supplier" }).click();
      const form = page.locator("main form");
      await waitUntilHydrated(form);
      await form.getByLabel("Name").fill(supplierName);
      await form.getByLabel("Contact emails").fill("caps-at-nowhere");
      await form.getByRole("button", { name: "Add supplier" }).click();
      await expect(form.getByText(/Not an email address: caps-at-nowhere/)).toBeVisible();
      await form.getByLabel("Contact emails").fill(supplierEmail);
      await form.getByLabel(/Immediately/).check();
      await form.getByRole("button", { name: "Add supplier" }).click();
      await expect(page).toHaveURL(/\/suppliers$/);
      await expect(page.getByRole("row", { name: new RegExp(supplierName) })).toContainText(supplierEmail);
    });

    await test.step("assign the item and share the attendee's name", async () => {
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/suppliers`));
      const select = page.getByLabel(`Supplier of ${itemName}`);
      await waitUntilHydrated(select);
      await select.selectOption({ label: supplierName });
      await page.getByRole("button", { name: "Save supplier" }).click();
      await expect(page.getByTestId("action-result").first()).toContainText(
        `${itemName} is now supplied by ${supplierName}`,
      );
      const section = page.getByRole("region", { name: supplierName });
      await section.getByRole("checkbox", { name: /^Name/ }).check();
      await section.getByRole("button", { name: "Save shared fields" }).click();
      await expect(section.getByTestId("action-result")).toContainText(`${supplierName} receives 1 field`);
    });

    const attendeeEmail = uniqueEmail("supplier");
    let reference = "";
    let listUrl = "";
    await test.step("an attendee orders the item", async () => {
      const attendee = await browser.newPage();
      const orderPage = new OrderPage(attendee);
      await orderPage.goto(slug);
      await orderPage.chooseVariant(itemName, "S");
      await orderPage.fillAttendee({ name: "Ada Supplied", email: attendeeEmail });
      await orderPage.submit();
      reference = await new ConfirmationPage(attendee).expectLoaded();
      await attendee.close();
    });

    await test.step("the organiser confirms it; the supplier's email arrives with the name, not the email", async () => {
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/orders`));
      await page.getByRole("link", { name: reference }).click();
      const confirm = page.getByRole("button", { name: "Mark confirmed" });
      await waitUntilHydrated(confirm);
      await confirm.click();
      await expect(page.getByTestId("action-result").first()).toContainText(/confirmed/i);

      const mailPage = await browser.newPage();
      const mail = await new Mailbox(mailPage).open({
        to: supplierEmail,
        subject: new RegExp(`New order ${reference}`),
      });
      expect(mail.text).toContain(itemName);
      expect(mail.text).toContain("Ada Supplied");
      expect(mail.text).not.toContain(attendeeEmail);
      listUrl = mail.links.find((href) => href.includes("/supplier/")) ?? "";
      expect(listUrl).not.toBe("");
      await mailPage.close();
    });

    await test.step("the preview shows that email, and the history lists the dispatch as sent", async () => {
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/suppliers`));
      // The outbox marks the message sent just after the mailbox stored it: reload until it says so.
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId("dispatch-row").first()).toContainText(`${supplierEmail}: sent`, {
          timeout: 1_000,
        });
      }).toPass({ timeout: 15_000 });
      await page.getByRole("link", { name: `Preview what ${supplierName} receives` }).click();
      await expect(page.getByTestId("preview-subject")).toHaveText(
        `New order ${reference} for Supplier Summit`,
      );
      await expect(page.getByTestId("preview-text")).toContainText("Ada Supplied");
    });

    await test.step("Resend reports a bounce: the history says bounced and the tab counts one failed", async () => {
      const { rows } = await e2eDb().query<{ provider_message_id: string }>(
        `select provider_message_id from outbox_messages
         where to_address = $1 and template = 'supplier-order' and status = 'sent'`,
        [supplierEmail],
      );
      expect(rows).toHaveLength(1);
      const body = JSON.stringify({
        type: "email.bounced",
        created_at: new Date().toISOString(),
        data: {
          email_id: rows[0]!.provider_message_id,
          to: [supplierEmail],
          bounce: { type: "Permanent", subType: "General", message: `550 <${supplierEmail}>: user unknown` },
        },
      });
      const answer = await page.request.post(rootUrl("/api/webhooks/resend"), {
        headers: { "content-type": "application/json", ...signWebhook(body) },
        data: body,
      });
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toEqual({ result: "recorded" });
      await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/suppliers`));
      await expect(page.getByTestId("dispatch-row").first()).toContainText(
        `${supplierEmail}: bounced: Permanent/General: 550 <[address]>: user unknown`,
      );
      await expect(page.getByTestId("suppliers-failed-badge")).toContainText("1 failed");
    });

    await test.step("the supplier opens its private link and marks the order shipped; the attendee is emailed", async () => {
      const supplier = await browser.newPage();
      await supplier.goto(listUrl);
      const card = supplier.getByTestId("supplier-order").filter({ hasText: reference });
      await expect(card).toContainText("Ada Supplied");
      await expect(card).not.toContainText(attendeeEmail);
      await card.getByLabel(`Carrier for ${reference} (optional)`).fill("PostNL");
      const ship = card.getByRole("button", { name: `Mark ${reference} shipped` });
      await waitUntilHydrated(ship);
      await ship.click();
      await expect(card.getByTestId("action-result")).toContainText(`Order ${reference} is marked shipped`);
      await supplier.reload();
      await expect(supplier.getByTestId("supplier-order").filter({ hasText: reference })).toContainText(
        "Shipped",
      );
      await supplier.close();

      const mailPage = await browser.newPage();
      const mail = await new Mailbox(mailPage).open({
        to: attendeeEmail,
        subject: new RegExp(`${reference}.*shipped`, "i"),
      });
      expect(mail.text).toContain(reference);
      await mailPage.close();
    });
  });
});

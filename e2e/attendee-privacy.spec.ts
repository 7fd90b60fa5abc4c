import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { DEVCONF, uniqueEmail } from "./support/test-data";

/**
 * Issue 13 on a phone: an attendee downloads what is held about their order, then erases it behind a
 * confirmation step; the order is cancelled first (stock returns), the page says when the data was erased, and
 * the "data erased" email arrives, its recipient erased once sent (ADR 026), so the inbox shows it under the
 * placeholder address, not the attendee's.
 */
test("an attendee downloads their data, erases it with confirmation, and gets the 'data erased' email", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
  mailbox,
}) => {
  const email = uniqueEmail("privacy");
  const name = `Privacy Marker ${Date.now()}`;

  await test.step("place an order", async () => {
    await orderPage.goto(DEVCONF.slug);
    await orderPage.chooseVariant(DEVCONF.shirt, "M");
    await orderPage.fillAttendee({ name, email });
    await orderPage.answerDevconfForm({ fit: "Regular" });
    await orderPage.submit();
  });
  const reference = await confirmation.expectLoaded();
  await confirmation.myOrderLink.click();
  await expect(myOrder.heading).toBeVisible();
  const myOrderUrl = page.url();

  await test.step("download my data: a JSON file holding the order and my name", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-data").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const document = JSON.parse(await readFile((await download.path())!, "utf8")) as {
      format: string;
      orders: { reference: string }[];
    };
    expect(document.format).toBe("swagstand.personal-data.v1");
    expect(document.orders.map((o) => o.reference)).toEqual([reference]);
    expect(JSON.stringify(document)).toContain(name);
  });

  await test.step("erase asks first; 'No' keeps everything", async () => {
    await page.getByRole("button", { name: "Erase my personal data", exact: true }).click();
    await expect(page.getByText("Are you sure?")).toBeVisible();
    await page.getByRole("link", { name: "No, keep my data" }).click();
    await expect(page.getByText("Are you sure?")).toHaveCount(0);
    await expect(page.getByTestId("order-erased")).toHaveCount(0);
  });

  await test.step("erase with confirmation: the page says when, and the order was cancelled first", async () => {
    await page.getByRole("button", { name: "Erase my personal data", exact: true }).click();
    await page.getByRole("button", { name: "Yes, erase my personal data" }).click();
    await expect(page.getByTestId("order-erased")).toContainText("This order’s personal data was erased on");
    await expect(page.locator("main")).not.toContainText(name);
    await expect(page.locator("main")).not.toContainText(email);
    await expect(myOrder.status).toContainText(/cancelled/i);
    await expect(page.getByTestId("download-data")).toHaveCount(0);
  });

  await test.step("the link still opens and says the same; the download is gone", async () => {
    await page.goto(myOrderUrl);
    await expect(page.getByTestId("order-erased")).toBeVisible();
  });

  await test.step("the 'data erased' email was sent, and its recipient erased after sending", async () => {
    const subject = new RegExp(`order ${reference} was erased`);
    const mail = await mailbox.open({ to: "erased-recipient@erased.invalid", subject });
    expect(mail.text).not.toContain(name);
    expect(await mailbox.count({ to: email, subject })).toBe(0);
  });
});

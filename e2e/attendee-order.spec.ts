import { expect, test } from "./fixtures";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { tenantUrl } from "./support/urls";

/**
 * The attendee's whole path on a phone: the event's landing page, the order form, the confirmation page and
 * email, the private "my order" link from that email, cancelling, and the cancellation email. The order is
 * cancelled at the end, so its stock goes back for the other specs.
 */
test("an attendee orders a t-shirt and socks, gets the email, and cancels from the link in it", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
  mailbox,
}) => {
  const email = uniqueEmail("order");

  await test.step("the landing page shows the items, what is left, and a call to action", async () => {
    await page.goto(tenantUrl(DEVCONF.slug));
    await expect(page).toHaveTitle(DEVCONF.pageTitle);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEVCONF.pageTitle);
    await expect(page.getByRole("region", { name: "Where to collect" })).toContainText("Registration desk");

    const grid = page.getByTestId("items-showcase");
    await expect(grid.getByTestId("item-card")).toHaveCount(2);
    const shirt = grid.getByRole("article", { name: DEVCONF.shirt });
    await expect(grid.getByRole("article", { name: DEVCONF.socks })).toBeVisible();
    await expect(shirt.getByTestId("item-price")).toHaveText("Free");
    await expect(shirt.getByTestId("variant-chip")).toHaveText(
      DEVCONF.sizes.map((size) => new RegExp(`^${size}`)),
    );
    // The item still has sizes left, so it is not sold out as a whole; single sizes say so.
    await expect(shirt.getByTestId("item-sold-out")).toHaveCount(0);
    const chip = (size: string) =>
      shirt.getByTestId("variant-chip").filter({ has: page.getByText(size, { exact: true }) });
    await expect(chip(DEVCONF.lowStockSize)).toContainText(`Only ${DEVCONF.lowStockLeft} left`);
    await expect(chip(DEVCONF.soldOutSize)).toContainText("Sold out");
    await expect(chip("M")).not.toContainText(/left|Sold out/);
  });

  await test.step("the call to action leads to the order form", async () => {
    const cta = page.getByRole("link", { name: "Get your t-shirt" });
    await expect(cta).toHaveAttribute("href", "/order");
    await cta.click();
    await expect(page).toHaveURL(tenantUrl(DEVCONF.slug, "/order"));
    await expect(orderPage.heading).toBeVisible();
    await orderPage.waitUntilInteractive();
  });

  await test.step("choose size M and two pairs of socks, answer the questions, place the order", async () => {
    await orderPage.chooseVariant(DEVCONF.shirt, "M");
    await orderPage.chooseVariant(DEVCONF.socks, "One size");
    const socksQuantity = orderPage.quantity(DEVCONF.socks);
    await expect(socksQuantity.getByTestId("quantity-value")).toHaveText("1");
    await socksQuantity.getByRole("button", { name: "Increase quantity" }).click();
    await expect(socksQuantity.getByTestId("quantity-value")).toHaveText("2");
    // Two is the most per order for socks: "+" says it is unavailable (aria-disabled keeps it focusable), and
    // a further tap changes nothing.
    const increase = socksQuantity.getByRole("button", { name: "Increase quantity" });
    await expect(increase).toBeDisabled();
    await expect(increase).toBeFocused();
    await increase.click({ force: true });
    await expect(socksQuantity.getByTestId("quantity-value")).toHaveText("2");

    await orderPage.fillAttendee({ name: "Ada Lovelace", email });
    await orderPage.answerDevconfForm({ fit: "Fitted", company: "Analytical Engines Ltd" });
    await orderPage.submit();
  });

  let reference = "";
  let confirmationMyOrderPath = "";
  await test.step("the confirmation page shows the reference and a summary", async () => {
    reference = await confirmation.expectLoaded();
    expect(reference).toMatch(DEVCONF.referencePattern);
    await expect(confirmation.emailNotice).toContainText(email);
    await expect(confirmation.lines).toHaveCount(2);
    await expect(confirmation.lines.filter({ hasText: DEVCONF.shirt })).toContainText("1 × DevConf t-shirt");
    await expect(confirmation.lines.filter({ hasText: DEVCONF.shirt })).toContainText("Size / option: M");
    await expect(confirmation.lines.filter({ hasText: DEVCONF.socks })).toContainText("2 × Conference socks");
    await expect(confirmation.total).toHaveText("Free");
    await expect(confirmation.answers).toContainText("Fitted");
    await expect(confirmation.answers).toContainText("Analytical Engines Ltd");
    confirmationMyOrderPath = (await confirmation.myOrderLink.getAttribute("href")) ?? "";
    expect(confirmationMyOrderPath).toMatch(/^\/my-order\/[^/?#]+$/);
  });

  let myOrderUrl = "";
  await test.step("the confirmation email names the reference and links to the order", async () => {
    const mail = await mailbox.open({ to: email, subject: new RegExp(`order ${reference} is confirmed`) });
    expect(mail.to).toBe(email);
    expect(mail.text).toContain(reference);
    const link = mail.links.find((href) => href.includes("/my-order/"));
    expect(link, `a my-order link among ${JSON.stringify(mail.links)}`).toBeDefined();
    myOrderUrl = link ?? "";
    // The email points at the event's own host, to the same private page the confirmation links to.
    expect(myOrderUrl).toBe(tenantUrl(DEVCONF.slug, confirmationMyOrderPath));
  });

  await test.step("the link from the email shows the order as placed", async () => {
    await page.goto(myOrderUrl);
    await expect(myOrder.heading).toBeVisible();
    await expect(myOrder.reference).toHaveText(reference);
    await expect(myOrder.status).toHaveText("Order placed");
    await expect(myOrder.history.getByRole("listitem")).toHaveCount(1);
    await expect(myOrder.history).toContainText("Order placed");
  });

  await test.step("cancelling asks once more, and keeping the order changes nothing", async () => {
    await myOrder.cancelButton.click();
    await expect(myOrder.confirmCancelButton).toBeVisible();
    await myOrder.keepOrderLink.click();
    await expect(myOrder.confirmCancelButton).toHaveCount(0);
    await expect(myOrder.status).toHaveText("Order placed");
  });

  await test.step("cancelling in two steps cancels the order", async () => {
    await myOrder.cancelButton.click();
    await expect(page).toHaveURL(/[?&]step=cancel/);
    await myOrder.confirmCancelButton.click();
    await expect(myOrder.cancelled).toBeVisible();
    await expect(myOrder.status).toHaveText("Cancelled");
    await expect(myOrder.history.getByRole("listitem")).toHaveCount(2);
    await expect(myOrder.history.getByRole("listitem").last()).toContainText("Cancelled by you");
    await expect(myOrder.cancelButton).toHaveCount(0);
    await expect(myOrder.cancelProblem).toHaveCount(0);
  });

  await test.step("a cancellation email follows", async () => {
    const mail = await mailbox.open({ to: email, subject: new RegExp(`order ${reference} was cancelled`) });
    expect(mail.text).toContain(reference);
  });
});

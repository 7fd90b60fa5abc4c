import { expect, test } from "./fixtures";
import { DEVCONF, uniqueEmail } from "./support/test-data";

/**
 * Coming back to the order form after ordering (the back button, or the link again): nothing dead-ends. The
 * same submission is the same order; a new one with an address that has already ordered is refused, with an
 * offer to email that order's private link to the address — never to show it on the page.
 */

test("back after ordering, then submitting again, leads somewhere", async ({
  page,
  orderPage,
  confirmation,
}) => {
  const email = uniqueEmail("back");
  await orderPage.goto(DEVCONF.slug);
  await orderPage.fillSocksOrder({ email });
  await orderPage.submit();
  const reference = await confirmation.expectLoaded();

  await page.goBack();
  await expect(orderPage.heading).toBeVisible();
  await orderPage.waitUntilInteractive();
  // Whatever the browser restored, the attendee completes the form as it stands and taps again.
  await orderPage.fillSocksOrder({ email });
  await orderPage.submit();

  // The same page (same key) is the same order; a fresh page is a new attempt, refused with a way forward.
  const offer = page.getByTestId("resend-order-link");
  await expect(confirmation.heading.or(offer)).toBeVisible({ timeout: 15_000 });
  if (await confirmation.heading.isVisible()) {
    await expect(confirmation.reference).toHaveText(reference);
  } else {
    await expect(offer.getByRole("button", { name: "Email me the link to my order" })).toBeVisible();
  }
});

test("an address that has ordered is offered its order's link by email", async ({
  page,
  orderPage,
  confirmation,
  mailbox,
}) => {
  const email = uniqueEmail("link-again");
  await orderPage.goto(DEVCONF.slug);
  await orderPage.fillSocksOrder({ email });
  await orderPage.submit();
  const reference = await confirmation.expectLoaded();

  await orderPage.goto(DEVCONF.slug);
  await orderPage.fillSocksOrder({ email });
  await orderPage.submit();
  await expect(orderPage.errorSummary).toContainText(
    "An order has already been placed with this email address",
  );
  const offer = page.getByTestId("resend-order-link");
  await offer.getByRole("button", { name: "Email me the link to my order" }).click();
  await expect(offer.getByRole("status")).toContainText("If an order exists for this address");
  // The link itself is never on the page.
  await expect(page.locator('a[href*="/my-order/"]')).toHaveCount(0);

  const mail = await mailbox.open({ to: email, subject: /order link/ });
  expect(mail.text).toContain(reference);
  const myOrderLink = mail.links.find((href) => href.includes("/my-order/"));
  expect(myOrderLink).toBeTruthy();
  await page.goto(myOrderLink!);
  await expect(page.getByText(reference).first()).toBeVisible();
});

import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { BREAKFAST, DEVCONF, uniqueEmail } from "./support/test-data";
import { tenantUrl } from "./support/urls";

/** axe (WCAG 2.1 A and AA) on the attendee's pages, in the states an attendee sees them. */

test("the landing page has no accessibility violations", async ({ page }) => {
  await page.goto(tenantUrl(DEVCONF.slug));
  await expect(page.getByTestId("items-showcase")).toBeVisible();
  await expectNoAxeViolations(page, "the DevConf landing page");
});

test("the breakfast landing page, in its own branding, has no accessibility violations", async ({ page }) => {
  await page.goto(tenantUrl(BREAKFAST.slug));
  await expect(page.getByTestId("items-showcase")).toBeVisible();
  await expectNoAxeViolations(page, "the breakfast landing page");
});

test("the order form has no accessibility violations, also while it shows errors", async ({ orderPage }) => {
  await orderPage.goto(DEVCONF.slug);
  await expectNoAxeViolations(orderPage.page, "the order form");

  await orderPage.chooseVariant(DEVCONF.socks, "One size");
  await orderPage.submit();
  await expect(orderPage.errorSummary).toBeVisible();
  await expectNoAxeViolations(orderPage.page, "the order form with errors");
});

test("the confirmation and my-order pages have no accessibility violations", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
}) => {
  await orderPage.goto(DEVCONF.slug);
  await orderPage.chooseVariant(DEVCONF.socks, "One size");
  await orderPage.fillAttendee({ name: "Alan Turing", email: uniqueEmail("a11y") });
  await orderPage.answerDevconfForm({ fit: "Regular", company: "Bletchley Park" });
  await orderPage.submit();
  await confirmation.expectLoaded();
  await expectNoAxeViolations(page, "the confirmation page");

  await confirmation.myOrderLink.click();
  await expect(myOrder.heading).toBeVisible();
  await expectNoAxeViolations(page, "the my-order page");

  // Leave the stock as it was.
  await myOrder.cancelButton.click();
  // The two-step cancel is a plain form (a navigation): axe must wait for the page it leads to.
  await expect(myOrder.confirmCancelButton).toBeVisible();
  await expectNoAxeViolations(page, "the my-order page asking to confirm the cancellation");
  await myOrder.confirmCancelButton.click();
  await expect(myOrder.cancelled).toBeVisible();
  await expectNoAxeViolations(page, "the my-order page of a cancelled order");
});

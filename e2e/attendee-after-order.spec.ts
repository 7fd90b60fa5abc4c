import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { tenantUrl } from "./support/urls";

/**
 * What an attendee sees once the order is in: the confirmation page (title, success state, when it was
 * placed), the my-order page (times in the event's zone, labelled), lines without a pointless "One size",
 * the email saying the same, and the platform's 404. Screenshots at 390×844 go to the test's output folder
 * for a person to look at. The order is cancelled at the end, so its stock goes back for the other specs.
 */

/** "12 Mar 2027, 14:05 CET": DevConf is in Europe/Amsterdam, so winter or summer time, always labelled. */
const AMSTERDAM_TIME = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (CET|CEST)/;

async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Nothing wider than the screen: a long address or reference must wrap, not push the page sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways at 360px`).toBeLessThanOrEqual(0);
}

test("after ordering, the attendee's pages say what happened, when, and in which time zone", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
  mailbox,
}) => {
  // Long on purpose (and uniqueEmail's addresses already are): it must wrap on a small phone.
  const email = uniqueEmail("after-order-with-a-rather-long-address");

  await test.step("place an order of a t-shirt in M and a pair of one-size socks", async () => {
    await orderPage.goto(DEVCONF.slug);
    await orderPage.chooseVariant(DEVCONF.socks, "One size");
    await orderPage.chooseVariant(DEVCONF.shirt, "M");
    await orderPage.fillAttendee({ name: "Katherine Johnson", email });
    await orderPage.answerDevconfForm({ fit: "Regular" });
    await orderPage.submit();
  });

  let reference = "";
  await test.step("the confirmation page names the event in its title and shows success", async () => {
    reference = await confirmation.expectLoaded();
    await expect(page).toHaveTitle(`Order confirmed · ${DEVCONF.eventName}`);
    await expect(confirmation.successMark).toBeVisible();
    await expect(confirmation.successMark).toHaveAttribute("aria-hidden", "true");
    await expect(page.getByText("Your order has been placed.")).toBeVisible();
    await expect(confirmation.placedAt).toHaveText(new RegExp(`^Placed on ${AMSTERDAM_TIME.source}$`));
    // The consent answer carries a time too: the same zone, never UTC beside CET.
    await expect(confirmation.answers).toContainText(new RegExp(`Accepted on ${AMSTERDAM_TIME.source}`));
    await expect(page.locator("main")).not.toContainText("UTC");
  });

  await test.step("lines come in the shop's order; the one-size socks have no size line", async () => {
    await expect(confirmation.lines).toHaveCount(2);
    await expect(confirmation.lines.nth(0)).toContainText(`1 × ${DEVCONF.shirt}`);
    await expect(confirmation.lines.nth(0)).toContainText("Size / option: M");
    await expect(confirmation.lines.nth(1)).toContainText(`1 × ${DEVCONF.socks}`);
    await expect(confirmation.lines.nth(1)).not.toContainText("One size");
    await expect(confirmation.lines.nth(1).getByTestId("order-line-variant")).toHaveCount(0);
  });

  await test.step("a long email address wraps on a 360px phone", async () => {
    await expect(confirmation.emailNotice).toContainText(email);
    await expectNoSidewaysScroll(page, "the confirmation page");
    await screenshot(page, "confirmation");
  });

  let myOrderUrl = "";
  await test.step("the my-order page names the event and labels every time with the zone", async () => {
    await confirmation.myOrderLink.click();
    await expect(myOrder.heading).toBeVisible();
    myOrderUrl = page.url();
    await expect(page).toHaveTitle(`Your order · ${DEVCONF.eventName}`);
    await expect(myOrder.reference).toHaveText(reference);
    const times = myOrder.history.locator("time");
    await expect(times).toHaveCount(1);
    await expect(times.first()).toHaveText(AMSTERDAM_TIME);
    await expect(myOrder.lines.nth(1)).not.toContainText("One size");
    await expect(page.locator("main")).not.toContainText("UTC");
    await expectNoSidewaysScroll(page, "the my-order page");
    await screenshot(page, "my-order");
  });

  await test.step("the confirmation email says the same: placed time with its zone, no 'One size'", async () => {
    const mail = await mailbox.open({ to: email, subject: new RegExp(`order ${reference} is confirmed`) });
    expect(mail.text).toMatch(new RegExp(`Placed on ${AMSTERDAM_TIME.source}`));
    expect(mail.text).toMatch(new RegExp(`Accepted on ${AMSTERDAM_TIME.source}`));
    expect(mail.text).not.toContain("UTC");
    expect(mail.text).toContain("Size / option: M");
    expect(mail.text).not.toContain("One size");
    expect(mail.text.indexOf(DEVCONF.shirt)).toBeLessThan(mail.text.indexOf(DEVCONF.socks));
  });

  await test.step("cancel, so the stock goes back; the cancellation is timed and labelled too", async () => {
    await page.goto(myOrderUrl);
    await myOrder.cancelButton.click();
    await myOrder.confirmCancelButton.click();
    await expect(myOrder.cancelled).toBeVisible();
    const times = myOrder.history.locator("time");
    await expect(times).toHaveCount(2);
    await expect(times.last()).toHaveText(AMSTERDAM_TIME);
  });
});

test("the 404 page wears Swagstand's header and button, and is a real 404", async ({ page }) => {
  const response = await page.goto(tenantUrl(DEVCONF.slug, "/no-such-page"));
  expect(response?.status()).toBe(404);
  const header = page.getByTestId("platform-header");
  await expect(header).toBeVisible();
  await expect(header).toHaveText("Swagstand");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We couldn.t find that page/);
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectNoAxeViolations(page, "the 404 page");
  await screenshot(page, "not-found");
});

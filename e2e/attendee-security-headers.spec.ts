import { expect, test } from "./fixtures";
import { expectDocumentSecurityHeaders, expectScriptsCarryNonce, watchCsp } from "./support/security";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * Every kind of attendee page under the Content-Security-Policy (ADR 015), on a phone: the security headers
 * of each document, its scripts carrying the policy's nonce, and not one CSP violation while an attendee
 * orders, opens the confirmation and the my-order page, cancels, and meets the 404s.
 */

test("an event's landing page stays cached: the same build nonce in its header and its cached HTML", async ({
  page,
}) => {
  const csp = watchCsp(page);
  const first = await page.goto(tenantUrl(DEVCONF.slug, "/"));
  expect(first?.status()).toBe(200);
  const nonce = await expectDocumentSecurityHeaders(first, "landing page");
  await expectScriptsCarryNonce(first, nonce, "landing page");
  await expect(page.getByRole("heading", { level: 1, name: DEVCONF.pageTitle })).toBeVisible();
  await csp.expectNone();

  const again = await page.goto(tenantUrl(DEVCONF.slug, "/"));
  expect(again?.headers()["x-nextjs-cache"], "served from the ISR cache").toMatch(/^(HIT|STALE)$/);
  expect(await expectDocumentSecurityHeaders(again, "landing page, cached")).toBe(nonce);
  await expectScriptsCarryNonce(again, nonce, "landing page, cached");
  // The call to action is a client-side link: the framework's scripts ran.
  await page.getByRole("link", { name: DEVCONF.ctaLabel }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Place your order" })).toBeVisible();
  await csp.expectNone();
});

test("order, confirmation and my-order pages get a fresh nonce per request and raise no violation", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
}) => {
  test.setTimeout(90_000); // five documents, an order and a cancellation
  const csp = watchCsp(page);
  let orderNonce = "";
  await test.step("the order page, loaded twice: two nonces", async () => {
    const first = await page.goto(tenantUrl(DEVCONF.slug, "/order"));
    orderNonce = await expectDocumentSecurityHeaders(first, "order page");
    await expectScriptsCarryNonce(first, orderNonce, "order page");
    await expect(orderPage.heading).toBeVisible();
    await orderPage.waitUntilInteractive();
    const second = await page.goto(tenantUrl(DEVCONF.slug, "/order"));
    const secondNonce = await expectDocumentSecurityHeaders(second, "order page again");
    await expectScriptsCarryNonce(second, secondNonce, "order page again");
    expect(secondNonce).not.toBe(orderNonce);
    await csp.expectNone();
  });

  await test.step("place an order through the hydrated form", async () => {
    await orderPage.waitUntilInteractive();
    await orderPage.chooseVariant(DEVCONF.socks, "One size");
    await orderPage.fillAttendee({ name: "Ada Lovelace", email: uniqueEmail("csp") });
    await orderPage.answerDevconfForm({ fit: "Regular" });
    await orderPage.submit();
    await confirmation.expectLoaded();
    await csp.expectNone();
  });

  await test.step("the confirmation page as a document of its own", async () => {
    const response = await page.goto(page.url());
    const nonce = await expectDocumentSecurityHeaders(response, "confirmation page");
    await expectScriptsCarryNonce(response, nonce, "confirmation page");
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(confirmation.heading).toBeVisible();
    await csp.expectNone();
  });

  await test.step("the my-order page, and cancelling there", async () => {
    const href = await confirmation.myOrderLink.getAttribute("href");
    const response = await page.goto(new URL(href!, page.url()).toString());
    const nonce = await expectDocumentSecurityHeaders(response, "my-order page");
    await expectScriptsCarryNonce(response, nonce, "my-order page");
    await expect(myOrder.heading).toBeVisible();
    await myOrder.cancelButton.click();
    await myOrder.confirmCancelButton.click();
    await expect(myOrder.cancelled).toBeVisible();
    await csp.expectNone();
  });
});

test("the 404s (an event's missing page, an unknown event, refused hosts) and the platform home", async ({
  page,
}) => {
  const csp = watchCsp(page);
  for (const [url, status, what] of [
    [tenantUrl(DEVCONF.slug, "/no-such-page"), 404, "an event's missing page"],
    [tenantUrl(DEVCONF.slug, "/order/confirmation/a/b"), 404, "an event's missing deeper page"],
    [tenantUrl("no-such-event", "/"), 404, "an unknown event"],
    [tenantUrl("admin", "/"), 404, "a reserved host"],
    [rootUrl("/s/devconf"), 404, "a tenant path on the root domain"],
    [rootUrl("/"), 200, "the platform home"],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), what).toBe(status);
    const nonce = await expectDocumentSecurityHeaders(response, what);
    await expectScriptsCarryNonce(response, nonce, what);
    await csp.expectNone();
  }
});

test("a path that matches nothing on the root domain still carries the headers", async ({ page }) => {
  // Next answers it with its 404 HTML prerendered at build, without a nonce: the page shows and its link
  // works, but its scripts are blocked (a known gap, ADR 015), so only the headers are checked here.
  const response = await page.goto(rootUrl("/no-such-page"));
  expect(response?.status()).toBe(404);
  await expectDocumentSecurityHeaders(response, "the platform's missing page");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

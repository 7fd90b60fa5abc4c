import { expect, test } from "./fixtures";
import { DEVCONF, DRAFT_SLUG, uniqueEmail } from "./support/test-data";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * Tenant routing as a browser sees it (middleware.ts): which hosts and paths reach an event, which get the
 * platform's friendly 404, and that nothing is lost on the way through the rewrite.
 */

const NOT_FOUND_HEADING = /We couldn.t find that page/;

test.describe("the friendly platform 404", () => {
  const cases: Array<[string, () => string]> = [
    ["an unknown subdomain", () => tenantUrl("nope")],
    ["a path under an unknown subdomain", () => tenantUrl("nope", "/order")],
    ["a draft event", () => tenantUrl(DRAFT_SLUG)],
    ["a draft event's order page", () => tenantUrl(DRAFT_SLUG, "/order")],
    ["a reserved subdomain", () => tenantUrl("admin")],
    ["a tenant route on the root domain", () => rootUrl(`/s/${DEVCONF.slug}`)],
    ["a tenant's order page on the root domain", () => rootUrl(`/s/${DEVCONF.slug}/order`)],
    ["an unknown path on an event's host", () => tenantUrl(DEVCONF.slug, "/no-such-page")],
  ];
  for (const [what, url] of cases) {
    test(`answers ${what} with status 404`, async ({ page }) => {
      const response = await page.goto(url());
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
      // Neutral: it does not reveal which events exist.
      await expect(page.locator("body")).not.toContainText(/DevConf|Community Breakfast|Summit/);
    });
  }
});

test("the 404 page stays titled “Page not found” once it has hydrated", async ({ page }) => {
  for (const url of [tenantUrl("nope", "/order"), tenantUrl(DRAFT_SLUG, "/order"), tenantUrl("nope")]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    await page.waitForLoadState("networkidle");
    await expect(page, url).toHaveTitle("Page not found · Swagstand", { timeout: 2_000 });
  }
});

test("the platform home lists no events", async ({ page }) => {
  const response = await page.goto(rootUrl("/"));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/DevConf|Community Breakfast|Summit|Swagstand Demo/);
  const hrefs = await page
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(new URL(href).hostname).not.toMatch(/^(devconf|breakfast|summit)\./);
});

test("an event's host serves its pages, with the query string kept", async ({ page, orderPage }) => {
  const landing = await page.goto(tenantUrl(DEVCONF.slug, "/?utm_source=qr&utm_medium=poster"));
  expect(landing?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEVCONF.pageTitle);

  const order = await page.goto(tenantUrl(DEVCONF.slug, "/order?utm_source=qr"));
  expect(order?.status()).toBe(200);
  await expect(orderPage.heading).toBeVisible();
  await expect(orderPage.form).toBeVisible();
  // No redirect dropped it on the way: the address is still the one the QR code held.
  expect(new URL(page.url()).search).toBe("?utm_source=qr");
});

test("a page that reads the query string receives it through the rewrite", async ({
  page,
  orderPage,
  confirmation,
  myOrder,
}) => {
  await orderPage.goto(DEVCONF.slug);
  await orderPage.chooseVariant(DEVCONF.socks, "One size");
  await orderPage.fillAttendee({ name: "Edsger Dijkstra", email: uniqueEmail("routing") });
  await orderPage.answerDevconfForm({ fit: "Regular" });
  await orderPage.submit();
  await confirmation.expectLoaded();
  const myOrderPath = await confirmation.myOrderLink.getAttribute("href");
  expect(myOrderPath).toBeTruthy();

  // "My order" shows the cancel confirmation only when it is asked for with ?step=cancel.
  await page.goto(tenantUrl(DEVCONF.slug, `${myOrderPath}?utm_source=mail`));
  await expect(myOrder.cancelButton).toBeVisible();
  await expect(myOrder.confirmCancelButton).toHaveCount(0);
  await page.goto(tenantUrl(DEVCONF.slug, `${myOrderPath}?utm_source=mail&step=cancel`));
  await expect(myOrder.confirmCancelButton).toBeVisible();
  // Give the socks back.
  await myOrder.confirmCancelButton.click();
  await expect(myOrder.cancelled).toBeVisible();
});

test("the health check answers 200 on the root domain and on an event's host", async ({ page }) => {
  // Through the browser: Node's resolver does not map *.localhost to loopback, Chromium does.
  for (const url of [rootUrl("/api/health"), tenantUrl(DEVCONF.slug, "/api/health")]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(await response?.json(), url).toEqual({ status: "ok" });
  }
});

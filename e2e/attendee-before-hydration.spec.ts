import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ConfirmationPage } from "./pages/confirmation-page";
import { OrderPage } from "./pages/order-page";
import { e2eDb } from "./support/db";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { tenantUrl } from "./support/urls";

/**
 * The order form before its JavaScript has arrived — on conference Wi-Fi the form is visible seconds before it
 * is interactive — and with none at all. A tap on "Place order" must post the form to the server (never a GET
 * that puts names and emails in the address bar), which either places the order or renders the form again
 * with what was typed and every error. The idempotency key is in the server's HTML, so two posts are one order.
 */

async function ordersFor(email: string): Promise<number> {
  const { rows } = await e2eDb().query<{ n: string }>(
    "select count(*) as n from orders where email_normalised = $1",
    [email],
  );
  return Number(rows[0]!.n);
}

/** Every URL the page navigates to, to prove no personal data ever lands in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** Holds back the app's JavaScript until `release()`: the page is the server's HTML only. */
async function delayScripts(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: stylesheets are chunks too, and holding them back would keep the page from painting.
  const isAppScript = (url: URL) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js");
  await page.route(isAppScript, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** The form as the server rendered it: no waiting for hydration, which is the point. */
async function openUnhydrated(page: Page): Promise<OrderPage> {
  const orderPage = new OrderPage(page);
  // Not "domcontentloaded": deferred scripts hold that event back until they have run.
  await page.goto(tenantUrl(DEVCONF.slug, "/order"), { waitUntil: "commit" });
  await expect(orderPage.heading).toBeVisible();
  return orderPage;
}

async function fillSocksOrder(orderPage: OrderPage, email: string) {
  // A tap on the chip's label checks the radio natively; no script is involved.
  await orderPage.variantChip(DEVCONF.socks, "One size").click();
  await expect(orderPage.variant(DEVCONF.socks, "One size")).toBeChecked();
  await orderPage.fillAttendee({ name: "Grace Hopper", email });
  await orderPage.fieldGroup("T-shirt fit", "radiogroup").getByRole("radio", { name: "Regular" }).check();
  await orderPage.privacyConsent().check();
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole order goes through, with nothing personal in any URL", async ({ page }) => {
    const urls = recordUrls(page);
    const email = uniqueEmail("no-js");
    const orderPage = await openUnhydrated(page);
    await expect(orderPage.form).toHaveAttribute("method", /post/i);
    await fillSocksOrder(orderPage, email);
    await orderPage.submit();

    const reference = await new ConfirmationPage(page).expectLoaded();
    expect(reference).toMatch(DEVCONF.referencePattern);
    expect(await ordersFor(email)).toBe(1);
    const local = email.split("@")[0]!;
    for (const url of urls) {
      expect(url).not.toContain(local);
      expect(url).not.toContain("Grace");
      expect(url).not.toContain("attendee.");
    }
  });

  test("every problem is listed, and what was typed is kept", async ({ page }) => {
    const orderPage = await openUnhydrated(page);
    await orderPage.submit();
    await expect(page).toHaveURL(tenantUrl(DEVCONF.slug, "/order"));
    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveText([
      /Choose at least one item/,
      "Your name: Enter your name",
      "Email address: Enter your email address",
      "T-shirt fit: Choose an option",
      "Privacy: You must accept this to continue",
    ]);
    await orderPage.expectFieldError(orderPage.name, "Enter your name");
    // The items' own message, inline, describes the group of items.
    await expect(page.getByRole("group", { name: "Choose your items" })).toHaveAccessibleDescription(
      "Choose at least one item",
    );

    // Fix some, break another: the answers come back as typed, with the remaining errors.
    await orderPage.variantChip(DEVCONF.socks, "One size").click();
    await orderPage.fillAttendee({ name: "Grace Hopper", email: "grace-at-example.com" });
    await orderPage.fieldGroup("T-shirt fit", "radiogroup").getByRole("radio", { name: "Fitted" }).check();
    await orderPage.form.getByRole("textbox", { name: "Company (optional)" }).fill("Navy");
    await orderPage.submit();

    await expect(orderPage.errorSummary.getByRole("listitem")).toHaveText([
      /Email address: Enter a valid email address/,
      "Privacy: You must accept this to continue",
    ]);
    await expect(orderPage.name).toHaveValue("Grace Hopper");
    await expect(orderPage.email).toHaveValue("grace-at-example.com");
    await orderPage.expectFieldError(orderPage.email, /Enter a valid email address/);
    await expect(orderPage.variant(DEVCONF.socks, "One size")).toBeChecked();
    await expect(
      orderPage.fieldGroup("T-shirt fit", "radiogroup").getByRole("radio", { name: "Fitted" }),
    ).toBeChecked();
    await expect(orderPage.form.getByRole("textbox", { name: "Company (optional)" })).toHaveValue("Navy");
    await expect(orderPage.privacyConsent()).not.toBeChecked();

    // And then it goes through.
    const email = uniqueEmail("no-js-fixed");
    await orderPage.email.fill(email);
    await orderPage.privacyConsent().check();
    await orderPage.submit();
    await new ConfirmationPage(page).expectLoaded();
    expect(await ordersFor(email)).toBe(1);
  });
});

test.describe("with scripts still loading", () => {
  test("a submit before hydration places the order", async ({ page }) => {
    const scripts = await delayScripts(page);
    const email = uniqueEmail("early");
    const orderPage = await openUnhydrated(page);
    await fillSocksOrder(orderPage, email);
    await orderPage.submit();
    await new ConfirmationPage(page).expectLoaded();
    scripts.release();
    expect(await ordersFor(email)).toBe(1);
  });

  test("the same form posted twice before hydration is one order", async ({ page }) => {
    const scripts = await delayScripts(page);
    const email = uniqueEmail("early-twice");
    const orderPage = await openUnhydrated(page);
    await fillSocksOrder(orderPage, email);

    // Exactly what the browser would post, twice: both reach the server, whatever the browser does with
    // the first response when the second tap replaces it.
    const fields = await orderPage.form.evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as const),
    );
    const multipart = Object.fromEntries(fields);
    // Node does not resolve *.localhost as Chromium does: loopback, with the event's Host header.
    const pageUrl = new URL(tenantUrl(DEVCONF.slug, "/order"));
    const loopback = `http://localhost:${pageUrl.port}/order`;
    const headers = { host: pageUrl.host, origin: pageUrl.origin };
    const first = await page.request.post(loopback, { multipart, headers, maxRedirects: 0 });
    const second = await page.request.post(loopback, { multipart, headers, maxRedirects: 0 });
    expect(first.status()).toBe(303);
    expect(second.status()).toBe(303);
    expect(second.headers().location).toBe(first.headers().location);
    expect(first.headers().location).toMatch(/\/order\/confirmation\//);

    // And a real double tap in the browser.
    // Raw mouse events: a locator click would wait for the button that the first navigation removes.
    const box = (await orderPage.submitButton.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
    // (Playwright's record of the URL can be left empty by the aborted first navigation: ask the page.)
    await expect(new ConfirmationPage(page).heading).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => location.pathname)).toBe(first.headers().location);
    scripts.release();
    expect(await ordersFor(email)).toBe(1);
  });
});

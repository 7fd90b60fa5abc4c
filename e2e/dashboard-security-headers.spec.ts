import sharp from "sharp";
import { DEMO_ORG_ID, expect, test } from "./dashboard-fixtures";
import { OrderPage } from "./pages/order-page";
import { createPublishedEvent, e2eDb } from "./support/db";
import { waitUntilHydrated } from "./support/hydration";
import { expectDocumentSecurityHeaders, expectScriptsCarryNonce, watchCsp } from "./support/security";
import { DEVCONF, uniqueEmail } from "./support/test-data";
import { rootUrl } from "./support/urls";

/**
 * The sign-in pages and every kind of dashboard page under the Content-Security-Policy (ADR 015): each
 * document's security headers, its scripts carrying the nonce, and no CSP violation, including the form
 * builder's image upload and preview.
 */

test("sign-in pages carry the headers, and asking for a link raises no violation", async ({ page }) => {
  const csp = watchCsp(page);
  for (const [path, what] of [
    ["/dashboard/sign-in", "sign-in"],
    ["/dashboard/sign-in/check-email", "check your email"],
    ["/dashboard/sign-in/error", "sign-in error"],
  ] as const) {
    const response = await page.goto(rootUrl(path));
    const nonce = await expectDocumentSecurityHeaders(response, what);
    await expectScriptsCarryNonce(response, nonce, what);
    await csp.expectNone();
  }
  await page.goto(rootUrl("/dashboard/sign-in"));
  await waitUntilHydrated(page.getByRole("button", { name: "Email me a sign-in link" }));
  await page.getByLabel("Email address").fill(uniqueEmail("csp-sign-in"));
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your inbox: we sent you a sign-in link.")).toBeVisible();
  await csp.expectNone();
});

test("every kind of dashboard page carries the headers and raises no violation", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  // An order to open in the dashboard, placed like an attendee would.
  const orderPage = new OrderPage(page);
  await orderPage.goto(DEVCONF.slug);
  await orderPage.chooseVariant(DEVCONF.socks, "One size");
  await orderPage.fillAttendee({ name: "Grace Hopper", email: uniqueEmail("csp-dashboard") });
  await orderPage.answerDevconfForm({ fit: "Regular" });
  await orderPage.submit();
  await expect(page).toHaveURL(/\/order\/confirmation\//, { timeout: 15_000 });

  const db = e2eDb();
  const event = (await db.query<{ id: string }>(`select id from events where slug = $1`, [DEVCONF.slug]))
    .rows[0]!;
  const item = (
    await db.query<{ id: string }>(`select id from items where event_id = $1 limit 1`, [event.id])
  ).rows[0]!;
  const order = (
    await db.query<{ id: string }>(
      `select id from orders where event_id = $1 order by created_at desc limit 1`,
      [event.id],
    )
  ).rows[0]!;

  await signInAs("owner");
  const org = `/dashboard/${DEMO_ORG_ID}`;
  const ev = `${org}/events/${event.id}`;
  for (const path of [
    "/dashboard/new",
    org,
    `${org}/events/new`,
    ev,
    `${ev}/orders`,
    `${ev}/orders/${order.id}`,
    `${ev}/items`,
    `${ev}/items/new`,
    `${ev}/items/${item.id}`,
    `${ev}/form`,
    `${ev}/form/versions`,
    `${ev}/settings`,
    `${org}/team`,
    `${org}/audit`,
    "/dev/mail",
  ]) {
    const response = await page.goto(rootUrl(path));
    expect(response?.status(), path).toBe(200);
    const nonce = await expectDocumentSecurityHeaders(response, path);
    await expectScriptsCarryNonce(response, nonce, path);
    await csp.expectNone();
  }
});

test("the form builder uploads an image and previews it with no violation", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  const csp = watchCsp(page);
  const { eventId } = await createPublishedEvent({
    orgId: DEMO_ORG_ID,
    slug: `csp-${Date.now().toString(36)}`,
    name: "CSP Fest",
  });
  await signInAs("organiser");
  const response = await page.goto(rootUrl(`/dashboard/${DEMO_ORG_ID}/events/${eventId}/form`));
  await expectDocumentSecurityHeaders(response, "form builder");
  const addButton = page.getByRole("button", { name: "Add", exact: true });
  await waitUntilHydrated(addButton);
  await page.getByLabel("Add a field").selectOption({ label: "Image" });
  await addButton.click();
  const chart = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#1e40af" } })
    .png()
    .toBuffer();
  await page
    .getByLabel("Upload an image")
    .setInputFiles({ name: "chart.png", mimeType: "image/png", buffer: chart });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("Image uploaded.")).toBeVisible();
  await page.getByLabel("Description for people who cannot see it").fill("Size chart");
  // The phone preview shows the uploaded image (img-src), loaded for real.
  const preview = page.getByTestId("form-preview").getByRole("img", { name: "Size chart" });
  await expect(preview).toBeVisible();
  await expect
    .poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByText(/^Saved \d/)).toBeVisible({ timeout: 15_000 });
  await csp.expectNone();
});

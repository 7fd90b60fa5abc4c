import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { watchCsp } from "./support/security";
import { DEVCONF } from "./support/test-data";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * The published block page on a phone (issue 11, ADR 022): DevConf's seeded rich page — hero photo, gallery of
 * six, FAQ, items with live availability, countdown, key dates, location, call to action — its sharing
 * metadata and Open Graph image, accessibility, and no CSP violation.
 */
test("DevConf's rich landing page shows every block, with sharing metadata, and passes axe", async ({
  page,
  request,
}) => {
  const csp = watchCsp(page);
  const response = await page.goto(tenantUrl(DEVCONF.slug));
  expect(response?.status()).toBe(200);

  await test.step("the blocks", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEVCONF.pageTitle);
    await expect(page.getByRole("link", { name: DEVCONF.ctaLabel })).toHaveAttribute("href", "/order");

    const gallery = page.getByRole("region", { name: "Last year at DevConf" });
    const photos = gallery.getByRole("img");
    await expect(photos).toHaveCount(6);
    for (const alt of await photos.evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt") ?? "")))
      expect(alt.length, "every gallery image has alt text").toBeGreaterThan(10);

    const showcase = page.getByTestId("items-showcase");
    const shirt = showcase.getByRole("article", { name: DEVCONF.shirt });
    await expect(shirt.getByTestId("item-price")).toHaveText("Free");
    await expect(
      shirt.getByTestId("variant-chip").filter({ hasText: DEVCONF.lowStockSize }).first(),
    ).toContainText(`Only ${DEVCONF.lowStockLeft} left`);

    // FAQ answers are native <details>: they open without JavaScript of ours.
    const question = page.getByText("Can I change my size later?");
    const answer = page.getByText("Cancel your order from the link");
    await expect(answer).toBeHidden();
    await question.click();
    await expect(answer).toBeVisible();

    await expect(page.getByTestId("countdown")).toHaveText("Ordering is open");
    await expect(page.getByRole("region", { name: "Key dates" })).toContainText("Pick-up starts");
    await expect(page.getByRole("region", { name: "Where to collect" })).toContainText("Europaplein 24");
    await expect(page.getByRole("link", { name: "Order now" })).toHaveAttribute("href", "/order");
  });

  await test.step("title, description, canonical address and the Open Graph image", async () => {
    await expect(page).toHaveTitle(DEVCONF.pageTitle);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    // Next writes the origin without its trailing slash; as a URL it is the shop's home.
    expect(new URL(canonical!).href).toBe(tenantUrl(DEVCONF.slug));
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toMatch(new RegExp(`^${tenantUrl(DEVCONF.slug, "/og-image")}\\?v=\\d+$`));
    // Node does not resolve *.localhost: ask by Host header.
    const image = await request.get(rootUrl("/og-image"), {
      headers: { host: new URL(tenantUrl(DEVCONF.slug)).host },
    });
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  await test.step("accessible and within the policy", async () => {
    await expectNoAxeViolations(page, "DevConf's rich landing page");
    await csp.expectNone();
  });
});

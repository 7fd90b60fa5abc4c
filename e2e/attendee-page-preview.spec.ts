import { DEMO_ORG_ID } from "./dashboard-fixtures";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { e2eDb } from "./support/db";
import { createDraftEvent, savePageDraft } from "./support/page-documents";
import { previewToken } from "./support/preview-token";
import { callServerAction, serverActionId } from "./support/server-actions";
import { watchCsp } from "./support/security";
import { uniqueEmail } from "./support/test-data";
import { tenantUrl } from "./support/urls";

/**
 * A preview link on a phone (issue 11, ADR 022): the draft page of an event that is itself still a draft, on
 * the event's real subdomain, not indexed and not cached; its order page refuses ordering; expired and forged
 * links answer a friendly 404.
 */
const draftDocument = {
  root: { props: { title: "Preview Fest draft" } },
  content: [
    { type: "Hero", props: { id: "Hero-1", heading: "Preview Fest is coming", ctaLabel: "Claim your cap" } },
    { type: "ItemsShowcase", props: { id: "Items-1", heading: "On offer" } },
  ],
};
const theme = { primaryColor: "#0f766e", accentColor: "#b45309", buttonStyle: "pill" };
const HOUR = 60 * 60 * 1000;

test("a preview link shows a draft event's draft page and an order page that refuses ordering", async ({
  page,
}) => {
  const { eventId, slug, itemName } = await createDraftEvent(DEMO_ORG_ID);
  await savePageDraft(eventId, draftDocument, theme);
  const token = await previewToken(eventId, new Date(Date.now() + HOUR));
  const csp = watchCsp(page);

  await test.step("the shop itself is still a 404", async () => {
    expect((await page.goto(tenantUrl(slug)))?.status()).toBe(404);
  });

  await test.step("the preview shows the draft, marked as such, not indexed, not cached", async () => {
    const response = await page.goto(tenantUrl(slug, `/preview/${token}`));
    expect(response?.status()).toBe(200);
    const headers = await response!.allHeaders();
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    await expect(page.getByTestId("preview-banner")).toContainText("Preview of the draft page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview Fest is coming");
    await expect(page.getByTestId("items-showcase").getByRole("article", { name: itemName })).toBeVisible();
    await expectNoAxeViolations(page, "the page preview");
  });

  await test.step("the order button leads to the preview's order page, which refuses ordering", async () => {
    // A draft event's ordering window is not open, so the hero has no button: the preview's order page is
    // still reachable by its address, and says ordering is off.
    await page.goto(tenantUrl(slug, `/preview/${token}/order`));
    await expect(page.getByTestId("preview-ordering-off")).toContainText(
      "This is a preview: ordering is off",
    );
    await expect(page.getByRole("article", { name: itemName })).toBeVisible();
    await expect(page.locator("form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /order/i })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the event page" }).click();
    await expect(page).toHaveURL(tenantUrl(slug, `/preview/${token}`));
    await csp.expectNone();
  });

  await test.step("and the real order action refuses the draft event too: nothing is recorded", async () => {
    const variant = await e2eDb().query<{ id: string }>("select id from variants where event_id = $1", [
      eventId,
    ]);
    const port = Number(new URL(tenantUrl(slug)).port);
    const response = await callServerAction({
      port,
      host: `${slug}.localhost:${port}`,
      path: "/order",
      actionId: serverActionId("placeOrderAction", "order/actions"),
      args: [
        slug,
        {
          idempotencyKey: crypto.randomUUID(),
          attendee: { name: "Preview Tester", email: uniqueEmail("preview") },
          lines: [{ variantId: variant.rows[0]!.id, quantity: 1 }],
          answers: {},
        },
      ],
      localAddress: "127.0.0.7",
    });
    expect(response.redirect).not.toContain("/order/confirmation/");
    const orders = await e2eDb().query<{ n: string }>(
      "select count(*) as n from orders where event_id = $1",
      [eventId],
    );
    expect(Number(orders.rows[0]!.n)).toBe(0);
  });
});

test("a published event's preview shows the draft with a working order button to the refusing page", async ({
  page,
}) => {
  const { eventId, slug } = await createDraftEvent(DEMO_ORG_ID);
  await e2eDb().query("update events set status = 'published' where id = $1", [eventId]);
  await savePageDraft(eventId, draftDocument, theme);
  const token = await previewToken(eventId, new Date(Date.now() + HOUR));
  await page.goto(tenantUrl(slug, `/preview/${token}`));
  await page.getByRole("link", { name: "Claim your cap" }).click();
  await expect(page).toHaveURL(tenantUrl(slug, `/preview/${token}/order`));
  await expect(page.getByTestId("preview-ordering-off")).toBeVisible();
  // The live shop still shows the published page (here: the default page under the event's name).
  await page.goto(tenantUrl(slug));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview Fest");
});

test("expired, forged and other events' preview links answer a friendly 404", async ({ page }) => {
  const { eventId, slug } = await createDraftEvent(DEMO_ORG_ID);
  const other = await createDraftEvent(DEMO_ORG_ID);
  const valid = await previewToken(eventId, new Date(Date.now() + HOUR));
  const links = {
    expired: await previewToken(eventId, new Date(Date.now() - 60_000)),
    forged: `${valid.slice(0, -4)}${valid.endsWith("AAAA") ? "BBBB" : "AAAA"}`,
    "another event's": await previewToken(other.eventId, new Date(Date.now() + HOUR)),
    "cut short": valid.slice(0, 40),
    // Validly signed but never recorded (or revoked: its row deleted), ADR 031.
    unrecorded: await previewToken(eventId, new Date(Date.now() + 2 * HOUR), { record: false }),
  };
  for (const [what, token] of Object.entries(links)) {
    const response = await page.goto(tenantUrl(slug, `/preview/${token}`));
    expect(response?.status(), what).toBe(404);
    await expect(page.getByTestId("preview-invalid"), what).toHaveText(
      "This preview link has expired or is not valid",
    );
  }
  expect((await page.goto(tenantUrl(slug, `/preview/${links.expired}/order`)))?.status()).toBe(404);
});

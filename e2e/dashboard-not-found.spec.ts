import { randomUUID } from "node:crypto";
import { test, expect } from "./dashboard-fixtures";
import { createPublishedEvent, e2eDb } from "./support/db";
import { DEVCONF } from "./support/test-data";
import { rootUrl } from "./support/urls";

/**
 * A dashboard URL with the caller's own organisation but another organisation's event, item or order (or a
 * page the caller's role may not see) is a real 404, not a "not found" page sent with status 200 (issue 9,
 * ADR 014). The other organisation here is the seeded demo one.
 */

const NOT_FOUND_HEADING = /We couldn.t find that page/;

async function demoRecords() {
  const db = e2eDb();
  const event = await db.query<{ id: string; currency: string }>(
    "select id, currency from events where slug = $1",
    [DEVCONF.slug],
  );
  const { id: eventId, currency } = event.rows[0]!;
  const item = await db.query<{ id: string }>("select id from items where event_id = $1 limit 1", [eventId]);
  // An order of the other organisation, written directly: its content is beside the point.
  const order = await db.query<{ id: string }>(
    `insert into orders (event_id, reference, attendee_name, attendee_email, email_normalised, currency,
       idempotency_key, access_token_hash)
     values ($1, $2, 'Other Org Attendee', $3, $3, $4, $5, $6) returning id`,
    [
      eventId,
      `NF-${randomUUID().slice(0, 6)}`,
      `nf-${randomUUID().slice(0, 8)}@example.com`,
      currency,
      randomUUID(),
      randomUUID(),
    ],
  );
  return { eventId, itemId: item.rows[0]!.id, orderId: order.rows[0]!.id };
}

async function ownOrganisation() {
  const org = await e2eDb().query<{ id: string }>(
    "insert into organisations (name) values ($1) returning id",
    [`Not-found org ${randomUUID().slice(0, 8)}`],
  );
  const orgId = org.rows[0]!.id;
  const { eventId } = await createPublishedEvent({
    orgId,
    slug: `nf-${randomUUID().slice(0, 8)}`,
    name: "Own event",
  });
  return { orgId, eventId };
}

test("another organisation's event, item and order are 404 under the caller's own organisation", async ({
  page,
  signInAs,
}) => {
  const other = await demoRecords();
  const own = await ownOrganisation();
  await signInAs("owner", { orgId: own.orgId });
  const base = `/dashboard/${own.orgId}/events`;
  const urls = [
    // Their event, under every tab.
    `${base}/${other.eventId}`,
    `${base}/${other.eventId}/items`,
    `${base}/${other.eventId}/items/new`,
    `${base}/${other.eventId}/orders`,
    `${base}/${other.eventId}/form`,
    `${base}/${other.eventId}/form/versions`,
    `${base}/${other.eventId}/settings`,
    // Their item and order, under their event and under the caller's own event.
    `${base}/${other.eventId}/items/${other.itemId}`,
    `${base}/${other.eventId}/orders/${other.orderId}`,
    `${base}/${own.eventId}/items/${other.itemId}`,
    `${base}/${own.eventId}/orders/${other.orderId}`,
    // Ids that exist nowhere, and ones that are not ids at all.
    `${base}/${randomUUID()}`,
    `${base}/${own.eventId}/items/${randomUUID()}`,
    `${base}/${own.eventId}/orders/not-a-uuid`,
    // Another organisation altogether.
    `/dashboard/${randomUUID()}`,
  ];
  for (const url of urls) {
    const response = await page.goto(rootUrl(url));
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(NOT_FOUND_HEADING);
    await expect(page.locator("body"), url).not.toContainText(/DevConf|Other Org Attendee/);
  }

  // The caller's own pages still answer 200.
  for (const url of [`${base}/${own.eventId}`, `${base}/${own.eventId}/items`, `/dashboard/${own.orgId}`]) {
    const response = await page.goto(rootUrl(url));
    expect(response?.status(), url).toBe(200);
  }
});

test("a page the caller's role may not see is 404", async ({ page, signInAs }) => {
  const own = await ownOrganisation();
  await signInAs("viewer", { orgId: own.orgId });
  for (const url of [
    `/dashboard/${own.orgId}/team`,
    `/dashboard/${own.orgId}/events/${own.eventId}/items/new`,
  ]) {
    const response = await page.goto(rootUrl(url));
    expect(response?.status(), url).toBe(404);
  }
});

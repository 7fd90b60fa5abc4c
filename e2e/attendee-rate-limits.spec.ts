import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { OrderPage } from "./pages/order-page";
import { e2eDb } from "./support/db";
import { callServerAction, serverActionId } from "./support/server-actions";
import { tenantUrl } from "./support/urls";

/**
 * Issue 9: one client placed 1,000 of 1,000 orders in 53 s with throwaway addresses, and the per-IP sign-in
 * limit was bypassed by a different X-Forwarded-For on each request. Both through the production server,
 * from source addresses of their own (127.0.0.x), so the limits spent here are no other spec's.
 */
const DEMO_ORG_ID = "00000000-0000-4000-8000-000000000001";
// playwright.config.ts's limits: the server runs with the defaults of lib/limits.ts.
const ORDERS_PER_CLIENT = 30;
const SIGN_IN_PER_CLIENT = 20;

function port(): number {
  return Number(new URL(test.info().project.use.baseURL!).port);
}

/** A published event of its own with plenty of stock, so flooding it touches no other spec's event. */
async function createFloodEvent(): Promise<{ slug: string; eventId: string; variantId: string }> {
  const db = e2eDb();
  const slug = `flood-${randomUUID().slice(0, 8)}`;
  const event = await db.query<{ id: string }>(
    `insert into events (org_id, slug, name, status, time_zone, reference_prefix)
     values ($1, $2, 'Flood test', 'published', 'Europe/Amsterdam', 'FLD') returning id`,
    [DEMO_ORG_ID, slug],
  );
  const eventId = event.rows[0]!.id;
  const item = await db.query<{ id: string }>(
    `insert into items (event_id, name, max_per_order) values ($1, 'Sticker', 1) returning id`,
    [eventId],
  );
  const variant = await db.query<{ id: string }>(
    `insert into variants (item_id, event_id, label, stock, display_order) values ($1, $2, 'One', 500, 0) returning id`,
    [item.rows[0]!.id, eventId],
  );
  return { slug, eventId, variantId: variant.rows[0]!.id };
}

async function orderCount(eventId: string): Promise<number> {
  const { rows } = await e2eDb().query<{ n: string }>(
    "select count(*) as n from orders where event_id = $1",
    [eventId],
  );
  return Number(rows[0]!.n);
}

test("a flood of orders from one client is refused after the limit, with the wait, whatever X-Forwarded-For says", async () => {
  const { slug, eventId, variantId } = await createFloodEvent();
  const actionId = serverActionId("placeOrderAction", "order/actions");
  const outcomes: string[] = [];
  let refusal = "";
  for (let i = 0; i < ORDERS_PER_CLIENT + 3; i++) {
    const response = await callServerAction({
      port: port(),
      host: `${slug}.localhost:${port()}`,
      path: "/order",
      actionId,
      args: [
        slug,
        {
          idempotencyKey: randomUUID(),
          attendee: { name: "Flood", email: `throwaway-${randomUUID()}@example.com` },
          lines: [{ variantId, quantity: 1 }],
          answers: {},
        },
      ],
      // A different forwarded address each time: without a trusted proxy it must not matter.
      headers: { "x-forwarded-for": `198.51.100.${i}` },
      localAddress: "127.0.0.3",
    });
    // A placed order answers with its confirmation page's path (ADR 023).
    if (response.body.includes('"confirmationPath":"/order/confirmation/')) outcomes.push("placed");
    else if (response.body.includes("rate_limited")) {
      outcomes.push("refused");
      refusal = response.body;
    } else outcomes.push(`other ${response.status}`);
  }
  expect(outcomes.filter((o) => o === "placed")).toHaveLength(ORDERS_PER_CLIENT);
  expect(outcomes.slice(ORDERS_PER_CLIENT)).toEqual(["refused", "refused", "refused"]);
  expect(refusal).toMatch(
    /from your connection in a short time\. Nothing was recorded: please try again in 1 minute\./,
  );
  expect(refusal).toMatch(/"retryAfterSeconds":\d+/);
  expect(await orderCount(eventId)).toBe(ORDERS_PER_CLIENT);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the natively posted form says the client is over the limit and when to try again", async ({
    page,
  }) => {
    const { slug, eventId } = await createFloodEvent();
    // This browser's connection (127.0.0.1) has just placed its limit of orders at this event.
    await e2eDb().query(`insert into rate_limits (key, window_started_at, count) values ($1, now(), $2)`, [
      `order:client:${eventId}:127.0.0.1`,
      ORDERS_PER_CLIENT,
    ]);
    const orderPage = new OrderPage(page);
    await page.goto(tenantUrl(slug, "/order"), { waitUntil: "commit" });
    await expect(orderPage.heading).toBeVisible();
    await orderPage.variantChip("Sticker", "One").click();
    await orderPage.fillAttendee({ name: "Grace Hopper", email: `grace-${randomUUID()}@example.com` });
    await orderPage.submit();
    await expect(
      page.getByText(
        /from your connection in a short time\. Nothing was recorded: please try again in 1 minute\./,
      ),
    ).toBeVisible();
    await expect(orderPage.name).toHaveValue("Grace Hopper");
    expect(await orderCount(eventId)).toBe(0);
  });
});

test("sign-in links: a different X-Forwarded-For on each request does not escape the per-client limit", async () => {
  const actionId = serverActionId("requestSignInLink", "sign-in/actions");
  const answers: string[] = [];
  for (let i = 0; i < SIGN_IN_PER_CLIENT + 2; i++) {
    const response = await callServerAction({
      port: port(),
      host: `localhost:${port()}`,
      path: "/dashboard/sign-in",
      actionId,
      // A new address each time too: the per-email limit is not what stops this.
      args: [{ email: `probe-${randomUUID()}@example.com` }],
      headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `192.0.2.${i}` },
      localAddress: "127.0.0.4",
    });
    answers.push(
      response.body.includes("rate_limited")
        ? "refused"
        : response.body.includes("Check your inbox")
          ? "sent"
          : `other ${response.status}`,
    );
  }
  expect(answers.slice(0, SIGN_IN_PER_CLIENT)).toEqual(Array(SIGN_IN_PER_CLIENT).fill("sent"));
  expect(answers.slice(SIGN_IN_PER_CLIENT)).toEqual(["refused", "refused"]);
});

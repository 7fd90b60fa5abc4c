import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { limits } from "@/lib/limits";
import { testDb, testDriver } from "@/test/db";
import { placeOrder } from "./place-order";
import { createOrderFixture, eventSnapshot, orderInputFor, type OrderFixture } from "./test-fixtures";

/**
 * Issue 9: one client placed 1,000 of 1,000 free orders in 53 s with throwaway addresses. Orders now count
 * against per-client and per-event limits before the order transaction, so a refusal records nothing.
 */
const db = () => testDb();
const aClient = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

const generousStock = (): Parameters<typeof createOrderFixture>[1] => ({
  formFields: null,
  items: [{ name: "Sticker", variants: [{ label: "One", stock: 1_000 }] }],
});

function order(
  fixture: OrderFixture,
  clientAddress: string,
  overrides: { idempotencyKey?: string; answers?: unknown } = {},
) {
  return placeOrder({
    db: db(),
    eventSlug: fixture.event.slug,
    // A throwaway address each time, as in the attack: the per-attendee limit never sees a repeat.
    input: orderInputFor(fixture, { email: `throwaway-${randomUUID()}@example.com`, ...overrides }),
    clientAddress,
  });
}

describe(`order rate limits (${testDriver()})`, () => {
  it("refuses a flood of orders from one client after the limit, with a message and a retry time, recording nothing", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    const client = aClient();
    const results = [];
    for (let i = 0; i < limits.ordersPerClient + 5; i++) results.push(await order(fixture, client));

    expect(results.slice(0, limits.ordersPerClient).every((r) => r.ok)).toBe(true);
    for (const refused of results.slice(limits.ordersPerClient)) {
      expect(refused).toMatchObject({
        ok: false,
        code: "rate_limited",
        message: expect.stringMatching(/from your connection.*Nothing was recorded.*try again in 1 minute/),
        fieldErrors: {},
      });
      expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(!refused.ok && refused.retryAfterSeconds).toBeLessThanOrEqual(limits.orderRateWindowMs / 1000);
    }
    const after = await eventSnapshot(db(), fixture.event.id);
    expect(after.orders).toBe(limits.ordersPerClient);
    expect(after.stock[fixture.variants[0]!.id]).toBe(1_000 - limits.ordersPerClient);

    // Another client of the same event is not held back by the first one's flood.
    expect(await order(fixture, aClient())).toMatchObject({ ok: true });
  });

  it("holds under a simultaneous flood: exactly the limit is placed", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    const client = aClient();
    const results = await Promise.all(
      Array.from({ length: limits.ordersPerClient * 2 }, () => order(fixture, client)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limits.ordersPerClient);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited")).toHaveLength(limits.ordersPerClient);
    expect((await eventSnapshot(db(), fixture.event.id)).orders).toBe(limits.ordersPerClient);
  });

  it("refuses everyone once the event as a whole has taken its limit, naming the shop, not the client", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    // As if the event had just taken its limit from many different clients.
    await db()
      .insert(rateLimits)
      .values({
        key: eventCounter(fixture),
        windowStartedAt: new Date(),
        count: limits.ordersPerEvent,
      });
    const refused = await order(fixture, aClient());
    expect(refused).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/This shop is taking more orders.*Nothing was recorded.*try again in/),
    });
    expect((await eventSnapshot(db(), fixture.event.id)).orders).toBe(0);
  });

  it("holds the per-event limit exactly under a simultaneous flood from many clients", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    // The event has 10 orders left in this window; 40 different clients order at once.
    const left = 10;
    await db()
      .insert(rateLimits)
      .values({
        key: eventCounter(fixture),
        windowStartedAt: new Date(),
        count: limits.ordersPerEvent - left,
      });
    const results = await Promise.all(Array.from({ length: 4 * left }, () => order(fixture, aClient())));

    expect(results.filter((r) => r.ok)).toHaveLength(left);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(3 * left);
    for (const r of refused)
      expect(r).toMatchObject({ code: "rate_limited", message: /This shop is taking/ });
    expect((await eventSnapshot(db(), fixture.event.id)).orders).toBe(left);
    // Every count of the window was granted (leases may have claimed past it: those claims were refused).
    expect(await eventCount(fixture)).toBeGreaterThanOrEqual(limits.ordersPerEvent);
    expect(await order(fixture, aClient())).toMatchObject({ ok: false, code: "rate_limited" });
  });

  it("two instances together never let more orders through than the event has left, and spend all of it", async () => {
    // Two database handles are two instances: each has its own pool, prepared statements and leases.
    const instances = [0, 1].map(() =>
      createDb({ url: inject("databaseUrl"), driver: testDriver(), max: 5, connectionTimeoutMillis: 60_000 }),
    );
    try {
      await twoInstancesShareWhatIsLeft(instances.map((i) => i.db));
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  });

  it("answers a retry of an order that went through with that order, even over the limit", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    const client = aClient();
    const idempotencyKey = randomUUID();
    const first = await order(fixture, client, { idempotencyKey });
    for (let i = 1; i < limits.ordersPerClient; i++) await order(fixture, client);
    expect(await order(fixture, client)).toMatchObject({ ok: false, code: "rate_limited" });

    const retry = await order(fixture, client, { idempotencyKey });
    expect(retry).toMatchObject({ ok: true, order: { created: false } });
    expect(retry.ok && first.ok && retry.order.id).toBe(first.ok && first.order.id);
  });

  it("does not count what would not be written (invalid input, unknown events)", async () => {
    const fixture = await createOrderFixture(db(), generousStock());
    const client = aClient();
    for (let i = 0; i < limits.ordersPerClient + 2; i++) {
      const invalid = await placeOrder({
        db: db(),
        eventSlug: fixture.event.slug,
        input: { ...orderInputFor(fixture), attendee: { name: "", email: "not-an-email" } },
        clientAddress: client,
      });
      expect(invalid).toMatchObject({ ok: false, code: "invalid_input" });
    }
    expect(await order(fixture, client)).toMatchObject({ ok: true });
  });

  it("gives back the count of input that fails the event's form: answers the attendee corrects cost nothing", async () => {
    const fixture = await createOrderFixture(db(), { ...generousStock(), formFields: undefined });
    const client = aClient();
    for (let i = 0; i < limits.ordersPerClient + 2; i++) {
      // The form's required "dietary needs" is missing: only the form, read in the counting statement, knows.
      expect(await order(fixture, client, { answers: {} })).toMatchObject({
        ok: false,
        code: "invalid_input",
        fieldErrors: { "answers.dietary_needs": expect.any(Array) },
      });
    }
    // The one count this instance claimed went back to its lease each time; nothing was spent.
    expect(await eventCount(fixture)).toBeLessThanOrEqual(1);
    const corrected = [];
    for (let i = 0; i < limits.ordersPerClient; i++) corrected.push(await order(fixture, client));
    expect(corrected.every((r) => r.ok)).toBe(true);
    expect(await order(fixture, client)).toMatchObject({ ok: false, code: "rate_limited" });
  });

  it("gives back the count of an attempt outside the ordering window", async () => {
    const fixture = await createOrderFixture(db(), {
      ...generousStock(),
      orderingOpensAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    for (let i = 0; i < 3; i++) {
      expect(await order(fixture, aClient())).toMatchObject({ ok: false, code: "ordering_not_open" });
    }
    // One count claimed for this instance's lease and given back to it: three attempts did not spend three.
    expect(await eventCount(fixture)).toBeLessThanOrEqual(1);
  });
});

const eventCounter = (fixture: OrderFixture) => `order:event:${fixture.event.id}`;

/** The event's counter in the current window (0 when there is none). */
async function eventCount(fixture: OrderFixture): Promise<number> {
  const [row] = await db()
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(eq(rateLimits.key, eventCounter(fixture)));
  return row?.count ?? 0;
}

async function twoInstancesShareWhatIsLeft(instances: Db[]) {
  const fixture = await createOrderFixture(db(), generousStock());
  const left = 40;
  await db()
    .insert(rateLimits)
    .values({ key: eventCounter(fixture), windowStartedAt: new Date(), count: limits.ordersPerEvent - left });

  // On each instance five callers, each ordering again and again from its own addresses: the leases grow
  // (1, 1, 2, 4, 8 counts a claim) and both instances run out of what is left at about the same time.
  const placedBy = await Promise.all(
    instances.map(async (instance) => {
      let placed = 0;
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          for (let i = 0; i < 16; i++) {
            const result = await placeOrder({
              db: instance,
              eventSlug: fixture.event.slug,
              input: orderInputFor(fixture, { email: `throwaway-${randomUUID()}@example.com` }),
              clientAddress: aClient(),
            });
            if (result.ok) placed++;
            else expect(result).toMatchObject({ code: "rate_limited", message: /This shop is taking/ });
          }
        }),
      );
      return placed;
    }),
  );
  // Never late: what was let through is what the database granted. Never early here either: each instance
  // kept ordering until it had spent its own lease, so nothing leased was left unspent.
  expect(placedBy[0]! + placedBy[1]!).toBe(left);
  expect(placedBy.every((n) => n > 0)).toBe(true);
  expect((await eventSnapshot(db(), fixture.event.id)).orders).toBe(left);
}

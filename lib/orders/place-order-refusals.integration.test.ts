import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { events, variants } from "@/db/schema";
import { limits } from "@/lib/limits";
import { testDb, testDriver } from "@/test/db";
import { survivePoolClientErrors, unusedPort, waitFor } from "@/test/failures";
import { quantityMessage } from "./order-input";
import { placeOrder, type PlaceOrderResult } from "./place-order";
import { createOrderFixture, eventSnapshot, orderInputFor, type OrderFixture } from "./test-fixtures";

const db = () => testDb();

/** Places an order that must be refused, and proves nothing at all was written for the event. */
async function refused(fixture: OrderFixture, input: unknown, options: { now?: Date; slug?: string } = {}) {
  const before = await eventSnapshot(db(), fixture.event.id);
  const result = await placeOrder({
    db: db(),
    eventSlug: options.slug ?? fixture.event.slug,
    input,
    now: options.now,
  });
  expect(result.ok).toBe(false);
  expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  return result as Extract<PlaceOrderResult, { ok: false }>;
}

describe(`placeOrder refusals (${testDriver()})`, () => {
  it("refuses an unknown event", async () => {
    const fixture = await createOrderFixture(db());
    const result = await refused(fixture, orderInputFor(fixture), { slug: "no-such-event-here" });
    expect(result.code).toBe("event_not_found");
  });

  it("refuses a draft event as if it did not exist", async () => {
    const fixture = await createOrderFixture(db(), { status: "draft" });
    expect((await refused(fixture, orderInputFor(fixture))).code).toBe("event_not_found");
  });

  it("refuses an event closed by hand", async () => {
    const fixture = await createOrderFixture(db(), { status: "closed" });
    expect(await refused(fixture, orderInputFor(fixture))).toMatchObject({
      code: "ordering_closed",
      message: "Ordering is closed.",
    });
  });

  it("says when ordering opens, in the event's time zone", async () => {
    const opensAt = new Date("2031-03-05T14:00:00Z");
    const fixture = await createOrderFixture(db(), {
      orderingOpensAt: opensAt,
      timeZone: "America/New_York",
    });
    const result = await refused(fixture, orderInputFor(fixture), { now: new Date("2031-03-05T13:59:00Z") });
    expect(result).toMatchObject({ code: "ordering_not_open", fieldErrors: {} });
    expect(result.message).toMatch(
      /^Ordering opens on Wednesday,? 5 March 2031 at 09:00 (EST|GMT-5 \(New York\))\.$/,
    );
  });

  it("says when ordering closed, in the event's time zone", async () => {
    const closesAt = new Date("2030-06-01T16:30:00Z");
    const fixture = await createOrderFixture(db(), {
      orderingClosesAt: closesAt,
      timeZone: "Europe/Amsterdam",
    });
    const result = await refused(fixture, orderInputFor(fixture), { now: closesAt });
    expect(result.code).toBe("ordering_closed");
    expect(result.message).toMatch(/^Ordering closed on Saturday,? 1 June 2030 at 18:30 (CEST|GMT\+2)\.$/);
  });

  it("refuses an unknown variant on its line", async () => {
    const fixture = await createOrderFixture(db());
    const input = orderInputFor(fixture, {
      lines: [
        { variantId: fixture.variants[0]!.id, quantity: 1 },
        { variantId: "00000000-0000-4000-8000-000000000000", quantity: 1 },
      ],
    });
    expect(await refused(fixture, input)).toMatchObject({
      code: "item_unavailable",
      fieldErrors: { "lines.1.variantId": ["This item is not available"] },
    });
  });

  it("refuses a variant of another event, and leaves that event untouched", async () => {
    const fixture = await createOrderFixture(db());
    const other = await createOrderFixture(db());
    const otherBefore = await eventSnapshot(db(), other.event.id);
    const input = orderInputFor(fixture, { lines: [{ variantId: other.variants[0]!.id, quantity: 1 }] });
    expect(await refused(fixture, input)).toMatchObject({
      code: "item_unavailable",
      fieldErrors: { "lines.0.variantId": ["This item is not available"] },
    });
    expect(await eventSnapshot(db(), other.event.id)).toEqual(otherBefore);
  });

  it("refuses an inactive item", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Old", active: false, variants: [{ label: "-", stock: 5 }] }],
    });
    expect(await refused(fixture, orderInputFor(fixture))).toMatchObject({
      code: "item_unavailable",
      fieldErrors: { "lines.0.variantId": ["This item is not available"] },
    });
  });

  it.each([0, -1, 1.5, 11, 1e12, 2 ** 53, "1"])("refuses the quantity %s", async (quantity) => {
    const fixture = await createOrderFixture(db());
    const input = orderInputFor(fixture, { lines: [{ variantId: fixture.variants[0]!.id, quantity }] });
    expect(await refused(fixture, input)).toMatchObject({
      code: "invalid_input",
      fieldErrors: { "lines.0.quantity": [quantityMessage] },
    });
  });

  it("refuses more of an item than its maximum per order, across its variants too", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [
        {
          name: "Shirt",
          maxPerOrder: 2,
          variants: [
            { label: "M", stock: 10 },
            { label: "L", stock: 10 },
          ],
        },
      ],
    });
    const [m, l] = fixture.variants;
    expect(
      await refused(fixture, orderInputFor(fixture, { lines: [{ variantId: m!.id, quantity: 3 }] })),
    ).toMatchObject({
      code: "invalid_input",
      fieldErrors: { "lines.0.quantity": ["You can order at most 2 of this item"] },
    });
    const both = orderInputFor(fixture, {
      lines: [
        { variantId: m!.id, quantity: 2 },
        { variantId: l!.id, quantity: 1 },
      ],
    });
    expect(await refused(fixture, both)).toMatchObject({
      code: "invalid_input",
      fieldErrors: {
        "lines.0.quantity": ["You can order at most 2 of this item in total"],
        "lines.1.quantity": ["You can order at most 2 of this item in total"],
      },
    });
  });

  it("refuses oversized strings and unknown extra fields, reporting every one", async () => {
    const fixture = await createOrderFixture(db());
    const input = {
      ...orderInputFor(fixture, {
        name: "x".repeat(limits.nameMaxLength + 1),
        email: `${"a".repeat(300)}@example.com`,
      }),
      totalMinor: 0,
      status: "shipped",
    };
    const result = await refused(fixture, input);
    expect(result.code).toBe("invalid_input");
    expect(result.fieldErrors).toEqual({
      "attendee.name": [`Your name can be at most ${limits.nameMaxLength} characters`],
      "attendee.email": [`Your email address can be at most ${limits.emailMaxLength} characters`],
      totalMinor: ["This field is not expected"],
      status: ["This field is not expected"],
    });
  });

  it("refuses answers that break the form, together with the other problems", async () => {
    const fixture = await createOrderFixture(db());
    const input = orderInputFor(fixture, {
      email: "not an email",
      answers: { dietary_needs: "", favourite_colour: "red" },
    });
    const result = await refused(fixture, input);
    expect(result.code).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      "answers.dietary_needs",
      "answers.favourite_colour",
      "attendee.email",
    ]);
    expect(result.fieldErrors["attendee.email"]).toEqual(["Enter a valid email address"]);
  });

  it("refuses answers when the event has no form", async () => {
    const fixture = await createOrderFixture(db(), { formFields: null });
    expect(await refused(fixture, orderInputFor(fixture, { answers: { tshirt_note: "hi" } }))).toMatchObject({
      code: "invalid_input",
      fieldErrors: { "answers.tshirt_note": ["This field is not expected"] },
    });
  });

  it("refuses a sold-out variant, and a line asking for more than is left, rolling back the good lines", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [
        { name: "Cap", variants: [{ label: "-", stock: 5 }] },
        {
          name: "Socks",
          maxPerOrder: 5,
          variants: [
            { label: "S", stock: 0 },
            { label: "L", stock: 2 },
          ],
        },
      ],
    });
    const [cap, small, large] = fixture.variants;
    const input = orderInputFor(fixture, {
      lines: [
        { variantId: cap!.id, quantity: 1 },
        { variantId: small!.id, quantity: 1 },
        { variantId: large!.id, quantity: 3 },
      ],
    });
    // refused() also proves the cap's stock was given back: the whole transaction rolled back.
    // Each line says which size ran out; the message names the item too, for the top of the form.
    expect(await refused(fixture, input)).toEqual({
      ok: false,
      code: "sold_out",
      message: "Socks (S) just sold out. Socks (L): only 2 left. Please change your order.",
      fieldErrors: { "lines.1.quantity": ["S just sold out"], "lines.2.quantity": ["Only 2 left in L"] },
    });
  });

  it("names no size for an item that comes in one only", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [
        { name: "Mug", variants: [{ label: "One size", stock: 0 }] },
        { name: "Pen", maxPerOrder: 5, variants: [{ label: "One size", stock: 1 }] },
      ],
    });
    const [mug, pen] = fixture.variants;
    const input = orderInputFor(fixture, {
      lines: [
        { variantId: mug!.id, quantity: 1 },
        { variantId: pen!.id, quantity: 3 },
      ],
    });
    expect(await refused(fixture, input)).toMatchObject({
      message: "Mug just sold out. Pen: only 1 left. Please change your order.",
      fieldErrors: { "lines.0.quantity": ["Just sold out"], "lines.1.quantity": ["Only 1 left"] },
    });
  });

  it("refuses a second order from the same email in any letter case", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Cap", variants: [{ label: "-", stock: 5 }] }],
    });
    const first = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { email: "grace@example.com" }),
    });
    expect(first.ok).toBe(true);
    expect(await refused(fixture, orderInputFor(fixture, { email: " GRACE@Example.COM" }))).toEqual({
      ok: false,
      code: "attendee_limit",
      message: "An order has already been placed with this email address",
      fieldErrors: { "attendee.email": ["An order has already been placed with this email address"] },
    });
  });

  it("counts the limit per event and says how many orders are allowed", async () => {
    const fixture = await createOrderFixture(db(), { maxOrdersPerAttendee: 2 });
    const other = await createOrderFixture(db());
    await placeOrder({
      db: db(),
      eventSlug: other.event.slug,
      input: orderInputFor(other, { email: "lin@example.com" }),
    });
    for (let i = 0; i < 2; i++) {
      const r = await placeOrder({
        db: db(),
        eventSlug: fixture.event.slug,
        input: orderInputFor(fixture, { email: "lin@example.com" }),
      });
      expect(r.ok).toBe(true);
    }
    expect(await refused(fixture, orderInputFor(fixture, { email: "Lin@example.com" }))).toMatchObject({
      code: "attendee_limit",
      fieldErrors: { "attendee.email": ["You can place at most 2 orders with this email address"] },
    });
  });

  it("reports an unreachable database as unavailable", async () => {
    testDb(); // installs the Neon WebSocket proxy settings when that driver is under test
    const port = await unusedPort();
    const handle = createDb({
      url: `postgres://postgres:postgres@localhost:${port}/nothing`,
      driver: testDriver(),
      max: 1,
    });
    try {
      const result = await placeOrder({ db: handle.db, eventSlug: "any-event", input: {} });
      expect(result).toMatchObject({ ok: false, code: "unavailable" });
      expect(result.ok === false && result.message).toMatch(/temporarily unavailable.*Nothing was recorded/);
    } finally {
      await handle.close().catch(() => {});
    }
  });

  it("refuses an order whose event was closed while it waited, deciding inside the transaction", async () => {
    const fixture = await createOrderFixture(db());
    const email = "late@example.com";
    const before = await eventSnapshot(db(), fixture.event.id);

    // Hold this attendee's lock so the order passes the early check, then waits at the start of its transaction.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holderPid!: number;
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = db().transaction(async (tx) => {
      const key = `order-attendee:${fixture.event.id}:${email}`;
      const rows = await tx.execute(
        sql`select pg_backend_pid() as pid, pg_advisory_xact_lock(hashtextextended(${key}, 0))`,
      );
      holderPid = Number(rows.rows[0]?.pid);
      holding();
      await released;
    });
    await held;

    const pending = placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { email }),
    });
    await waitFor(async () => {
      const rows = await db().execute(
        sql`select pid from pg_stat_activity where ${holderPid} = any(pg_blocking_pids(pid))`,
      );
      return rows.rows[0]?.pid as number | undefined;
    });
    await db().update(events).set({ status: "closed" }).where(eq(events.id, fixture.event.id));
    release();
    await holder;

    expect(await pending).toMatchObject({ ok: false, code: "ordering_closed" });
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  });

  it("writes nothing when the connection dies in the middle of the transaction", async () => {
    survivePoolClientErrors(db());
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Cap", variants: [{ label: "-", stock: 5 }] }],
    });
    const before = await eventSnapshot(db(), fixture.event.id);
    const variantId = fixture.variants[0]!.id;

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let blockerPid!: number;
    let blockerReady!: () => void;
    const ready = new Promise<void>((resolve) => (blockerReady = resolve));
    // Holds the variant row so the order transaction stops half way, after its advisory lock and checks.
    const blocker = db().transaction(async (tx) => {
      const rows = await tx.execute(
        sql`select pg_backend_pid() as pid from ${variants} where ${variants.id} = ${variantId} for update`,
      );
      blockerPid = Number(rows.rows[0]?.pid);
      blockerReady();
      await released;
    });
    await ready;

    const pending = placeOrder({ db: db(), eventSlug: fixture.event.slug, input: orderInputFor(fixture) });
    const victim = await waitFor(async () => {
      const rows = await db().execute(
        sql`select pid from pg_stat_activity where ${blockerPid} = any(pg_blocking_pids(pid))`,
      );
      return rows.rows[0]?.pid as number | undefined;
    });
    await db().execute(sql`select pg_terminate_backend(${victim})`);

    const result = await pending;
    release();
    await blocker;
    expect(result).toMatchObject({ ok: false, code: "unavailable" });
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
    // The pool recovers: the next attempt goes through.
    expect(
      (await placeOrder({ db: db(), eventSlug: fixture.event.slug, input: orderInputFor(fixture) })).ok,
    ).toBe(true);
  });
});

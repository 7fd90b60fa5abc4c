import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formVersions, orderLines, orders, orderStatusHistory, outboxMessages } from "@/db/schema";
import { formDefinitionSchema } from "@/lib/forms/definitions";
import { testDb, testDriver } from "@/test/db";
import { placeOrder } from "./place-order";
import { createOrderFixture, eventSnapshot, orderInputFor } from "./test-fixtures";
import { hashAccessToken, orderAccessToken } from "@/lib/crypto/order-token";
import { insertOrder } from "./write-order";

const db = () => testDb();

describe(`placeOrder (${testDriver()})`, () => {
  it("writes the order, its lines, its first status and its confirmation email together", async () => {
    const fixture = await createOrderFixture(db(), {
      referencePrefix: "DEV",
      items: [
        {
          name: "Hoodie",
          priceMinor: 2500,
          maxPerOrder: 2,
          variants: [
            { label: "M", stock: 5 },
            { label: "L", stock: 5 },
          ],
        },
        { name: "Sticker", priceMinor: 0, maxPerOrder: 5, variants: [{ label: "One size", stock: 100 }] },
      ],
    });
    const [m, l, sticker] = fixture.variants;
    const input = orderInputFor(fixture, {
      email: "  Ada@Example.com ",
      lines: [
        { variantId: sticker!.id, quantity: 3 },
        { variantId: l!.id, quantity: 1 },
        { variantId: m!.id, quantity: 1 },
      ],
      answers: { dietary_needs: "Vegan", phone: "+31 20 123 4567" },
    });

    const result = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.order.created).toBe(true);
    expect(result.order.reference).toMatch(/^DEV-[2-9A-HJ-NP-Z]{6}$/);
    expect(result.order.token).toBe(orderAccessToken(result.order.id));

    const [order] = await db().select().from(orders).where(eq(orders.id, result.order.id));
    expect(order).toMatchObject({
      eventId: fixture.event.id,
      reference: result.order.reference,
      status: "placed",
      attendeeName: "Ada Lovelace",
      attendeeEmail: "Ada@Example.com",
      emailNormalised: "ada@example.com",
      answers: { dietary_needs: "Vegan", phone: "+31 20 123 4567" },
      formVersionId: fixture.formVersionId,
      totalMinor: 5000,
      currency: "EUR",
      paymentStatus: "due_on_collection",
      idempotencyKey: input.idempotencyKey,
      accessTokenHash: hashAccessToken(result.order.token),
    });

    const lines = await db().select().from(orderLines).where(eq(orderLines.orderId, result.order.id));
    expect(lines.map((x) => [x.itemName, x.variantLabel, x.quantity, x.unitPriceMinor]).sort()).toEqual(
      [
        ["Hoodie", "L", 1, 2500],
        ["Hoodie", "M", 1, 2500],
        ["Sticker", "One size", 3, 0],
      ].sort(),
    );

    const history = await db()
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, result.order.id));
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "placed", actor: "attendee" }]);

    const mail = await db().select().from(outboxMessages).where(eq(outboxMessages.eventId, fixture.event.id));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      template: "order-confirmation",
      toAddress: "Ada@Example.com",
      status: "pending",
    });
    expect(mail[0]?.payload).toMatchObject({
      branding: {
        eventName: fixture.event.name,
        eventSlug: fixture.event.slug,
        primaryColor: "#123456",
        accentColor: "#654321",
        logoUrl: null,
      },
      pickupInfo: "Pick up at the registration desk.",
      order: {
        orderId: result.order.id,
        reference: result.order.reference,
        attendeeName: "Ada Lovelace",
        totalMinor: 5000,
        currency: "EUR",
        // Not masked: the attendee is reading their own answers.
        answers: [
          { label: "Dietary needs", value: "Vegan" },
          { label: "Phone", value: "+31 20 123 4567" },
        ],
        // The event's order (Hoodie before Sticker, M before L), not the order of the form or the alphabet;
        // the Sticker's only variant is marked so the email leaves its "One size" out.
        lines: [
          { itemName: "Hoodie", variantLabel: "M", singleVariant: false, quantity: 1, unitPriceMinor: 2500 },
          { itemName: "Hoodie", variantLabel: "L", singleVariant: false, quantity: 1, unitPriceMinor: 2500 },
          {
            itemName: "Sticker",
            variantLabel: "One size",
            singleVariant: true,
            quantity: 3,
            unitPriceMinor: 0,
          },
        ],
        // When it was placed (the order's own time stamp), and the zone the email shows it in.
        placedAt: order!.createdAt.toISOString(),
        timeZone: "Europe/Amsterdam",
      },
    });
    // The private token never reaches the outbox; the dispatcher derives it.
    expect(JSON.stringify(mail[0]?.payload)).not.toContain(result.order.token);

    const after = await eventSnapshot(db(), fixture.event.id);
    expect(after.stock).toEqual({ [m!.id]: 4, [l!.id]: 4, [sticker!.id]: 97 });
  });

  it("marks a free order as needing no payment", async () => {
    const fixture = await createOrderFixture(db());
    const result = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [order] = await db().select().from(orders).where(eq(orders.id, result.order.id));
    expect(order).toMatchObject({ totalMinor: 0, paymentStatus: "not_required" });
  });

  it("returns the first order, with the same token, when a submission is retried", async () => {
    const fixture = await createOrderFixture(db());
    const input = orderInputFor(fixture);
    const first = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    const again = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    if (!first.ok || !again.ok) throw new Error("expected both to succeed");
    expect(again.order).toEqual({ ...first.order, created: false });
    expect(await eventSnapshot(db(), fixture.event.id)).toMatchObject({ orders: 1, outbox: 1 });
  });

  it("still returns the order to a retry that arrives after ordering closed", async () => {
    const fixture = await createOrderFixture(db(), { orderingClosesAt: new Date(Date.now() + 60_000) });
    const input = orderInputFor(fixture);
    const first = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    const late = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input,
      now: new Date(Date.now() + 120_000),
    });
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(late).toEqual({ ok: true, order: { ...first.order, created: false } });
  });

  it("stores only visible answers, as the form's compiled schema returns them", async () => {
    const fixture = await createOrderFixture(db(), {
      formFields: [
        { type: "checkbox", key: "vegan", label: "Vegan?" },
        {
          type: "short_text",
          key: "allergies",
          label: "Allergies",
          visibleWhen: { field: "vegan", op: "checked" },
        },
      ],
    });
    const result = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { answers: { vegan: false, allergies: "nuts" } }),
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [order] = await db()
      .select({ answers: orders.answers })
      .from(orders)
      .where(eq(orders.id, result.order.id));
    expect(order?.answers).toEqual({ vegan: false });
  });

  it("validates against the newest form version and records which one", async () => {
    const fixture = await createOrderFixture(db());
    const fields = formDefinitionSchema.parse([
      { type: "short_text", key: "team", label: "Team", required: true },
    ]);
    const [v2] = await db()
      .insert(formVersions)
      .values({ eventId: fixture.event.id, version: 2, fields })
      .returning();

    const stale = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    expect(stale).toMatchObject({ ok: false, code: "invalid_input" });
    expect(Object.keys(stale.ok ? {} : stale.fieldErrors).sort()).toEqual([
      "answers.dietary_needs",
      "answers.team",
    ]);

    const fresh = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { answers: { team: "Blue" } }),
    });
    if (!fresh.ok) throw new Error(JSON.stringify(fresh));
    const [order] = await db().select().from(orders).where(eq(orders.id, fresh.order.id));
    expect(order).toMatchObject({ formVersionId: v2!.id, answers: { team: "Blue" } });
  });

  it("accepts an event without a form when no answers are given", async () => {
    const fixture = await createOrderFixture(db(), { formFields: null, page: null });
    const result = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { answers: {} }),
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [mail] = await db()
      .select({ payload: outboxMessages.payload })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.eventId, fixture.event.id)));
    // No published page: neutral branding, not a failure.
    expect(mail?.payload).toMatchObject({ branding: { primaryColor: "#1F2937" }, order: { answers: [] } });
  });

  it("keeps a line's snapshot and price even if the item changes later", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Mug", priceMinor: 700, variants: [{ label: "Blue", stock: 3 }] }],
    });
    const result = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [line] = await db().select().from(orderLines).where(eq(orderLines.orderId, result.order.id));
    expect(line).toMatchObject({
      itemId: fixture.items[0]!.id,
      variantId: fixture.variants[0]!.id,
      itemName: "Mug",
      variantLabel: "Blue",
      unitPriceMinor: 700,
    });
  });

  it("gives each order its own reference", async () => {
    const fixture = await createOrderFixture(db(), {
      maxOrdersPerAttendee: 100,
      items: [{ name: "Pen", variants: [{ label: "-", stock: 100 }] }],
    });
    const refs = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const r = await placeOrder({
        db: db(),
        eventSlug: fixture.event.slug,
        input: orderInputFor(fixture, { email: "same@example.com" }),
      });
      if (!r.ok) throw new Error(JSON.stringify(r));
      refs.add(r.order.reference);
    }
    expect(refs.size).toBe(20);
  });

  it("writes the order and its email in one transaction: if the email cannot be queued, there is no order", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Cap", variants: [{ label: "-", stock: 5 }] }],
    });
    const before = await eventSnapshot(db(), fixture.event.id);
    const address = `outbox-fails-${fixture.event.id}@example.com`;
    const name = `fail_outbox_${fixture.event.id.replaceAll("-", "")}`;
    // Fails the outbox insert for this one address only, so parallel test files are unaffected.
    await db().execute(
      sql.raw(`create function ${name}() returns trigger language plpgsql as $$
        begin if new.to_address = '${address}' then raise exception 'outbox refused'; end if; return new; end $$`),
    );
    await db().execute(
      sql.raw(
        `create trigger ${name} before insert on outbox_messages for each row execute function ${name}()`,
      ),
    );
    try {
      await expect(
        placeOrder({
          db: db(),
          eventSlug: fixture.event.slug,
          input: orderInputFor(fixture, { email: address }),
        }),
      ).rejects.toThrow();
      expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
    } finally {
      await db().execute(sql.raw(`drop trigger ${name} on outbox_messages`));
      await db().execute(sql.raw(`drop function ${name}()`));
    }
    // The same order goes through once the outbox accepts it again.
    expect(
      (
        await placeOrder({
          db: db(),
          eventSlug: fixture.event.slug,
          input: orderInputFor(fixture, { email: address }),
        })
      ).ok,
    ).toBe(true);
    expect(await eventSnapshot(db(), fixture.event.id)).toMatchObject({ orders: 1, outbox: 1 });
  });

  it("retries the reference when the random one is already taken in the event", async () => {
    const fixture = await createOrderFixture(db(), { referencePrefix: "DUP" });
    const first = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const codes = [first.order.reference, first.order.reference, "DUP-FRESH2"];
    const reference = await db().transaction((tx) =>
      insertOrder(
        tx,
        {
          eventId: fixture.event.id,
          attendeeName: "B",
          attendeeEmail: "b@example.com",
          emailNormalised: "b@example.com",
          currency: "EUR",
          idempotencyKey: randomUUID(),
          accessTokenHash: randomUUID(),
        },
        "DUP",
        () => codes.shift() ?? "DUP-NEVER",
      ),
    );
    expect(reference).toBe("DUP-FRESH2");
  });
});

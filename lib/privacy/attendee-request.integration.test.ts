import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEntries, localMailbox, orders, outboxMessages, variants } from "@/db/schema";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import { createLocalTransport } from "@/lib/mail/local-transport";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { eraseOwnOrder, exportOwnOrder } from "./attendee-request";
import { findEverywhere, markedEvent, markedInput, markers, privacyFormFields } from "./test-world";

describe(`the attendee's own data (${testDriver()})`, () => {
  test("the export holds everything about the order, and is in the audit log without it", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 1 });
    const token = orderAccessToken(world.orders[0]!.id);
    const result = await exportOwnOrder({ db, token, eventSlug: world.fixture.event.slug });
    const m = world.markers;
    expect(result?.document.format).toBe("swagstand.personal-data.v1");
    const [order] = result!.document.orders;
    expect(order).toMatchObject({
      reference: world.orders[0]!.reference,
      status: "confirmed",
      attendee: { name: m.name, email: m.email },
      answers: {
        raw: {
          company: m.company,
          diet: m.diet,
          t_shirt_fit: "fitted",
          address: { line1: m.line1, city: m.city, country: "NL" },
        },
      },
      lines: [
        { item: "T-shirt", variant: "M", quantity: 1 },
        { item: "Sticker", variant: "One size", quantity: 1 },
      ],
      erased: null,
    });
    expect(order!.answers.displayed).toContainEqual({ key: "diet", label: "Dietary needs", value: m.diet });
    expect(order!.history.map((h) => h.to)).toEqual(["placed", "confirmed"]);
    expect(order!.emails.map((e) => e.template)).toContain("order-confirmation");
    expect(order!.sharedWithSuppliers).toEqual([expect.objectContaining({ supplier: "immediate supplier" })]);
    // Team notes are the organisers' working notes: not part of the attendee's copy.
    expect(JSON.stringify(result)).not.toContain(m.teamNote);

    const [audit] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, world.orgId), eq(auditEntries.action, "privacy.data_exported")));
    expect(audit?.details).toEqual({ actor: "attendee", orders: 1 });
  });

  test("a forged, foreign or malformed token exports and erases nothing", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 1 });
    const other = await markedEvent(db, { count: 1 });
    const token = orderAccessToken(world.orders[0]!.id);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const [t, slug] of [
      [tampered, world.fixture.event.slug],
      [token, other.fixture.event.slug],
      ["../../x", world.fixture.event.slug],
    ] as const) {
      expect(await exportOwnOrder({ db, token: t, eventSlug: slug })).toBeNull();
      expect(await eraseOwnOrder({ db, token: t, eventSlug: slug })).toEqual({
        ok: false,
        code: "not_found",
      });
    }
    expect(await findEverywhere(db, [world.markers.name])).not.toEqual([]);
  });

  test("erasing on request: cancelled first (stock returns), a last email sent, then nothing left anywhere", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, {
      formFields: privacyFormFields,
      items: [
        { name: "T-shirt", variants: [{ label: "M", stock: 5 }] },
        { name: "Sticker", variants: [{ label: "One size", stock: 5 }] },
      ],
    });
    const m = markers();
    const placed = await placeOrder({ db, eventSlug: fixture.event.slug, input: markedInput(fixture, m) });
    if (!placed.ok) throw new Error(placed.message);
    const token = orderAccessToken(placed.order.id);
    const transport = createLocalTransport(db);
    const eventId = fixture.event.id;
    while ((await dispatchOutbox({ db, transport, eventId })).claimed > 0);

    const result = await eraseOwnOrder({ db, token, eventSlug: fixture.event.slug });
    expect(result).toEqual({ ok: true, alreadyErased: false, cancelled: true });
    const stock = await db
      .select({ stock: variants.stock })
      .from(variants)
      .where(eq(variants.eventId, eventId));
    expect(stock.map((s) => s.stock)).toEqual([5, 5]);

    // Until it is sent, the last email is the one place the address remains.
    const [notice] = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, "data-erased")));
    expect(notice).toMatchObject({ toAddress: m.email, status: "pending" });
    while ((await dispatchOutbox({ db, transport, eventId })).claimed > 0);
    const [mail] = await db.select().from(localMailbox).where(eq(localMailbox.outboxMessageId, notice!.id));
    expect(mail?.subject).toMatch(/personal data .* was erased/);

    expect(await findEverywhere(db, [m.prefix, m.digits])).toEqual([]);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.order.id));
    expect(order).toMatchObject({ status: "cancelled", erasureReason: "attendee_request" });

    // Asking again: nothing more happens, no second email.
    expect(await eraseOwnOrder({ db, token, eventSlug: fixture.event.slug })).toEqual({
      ok: true,
      alreadyErased: true,
      cancelled: false,
    });
    const notices = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, "data-erased")));
    expect(notices).toHaveLength(1);
  });
});

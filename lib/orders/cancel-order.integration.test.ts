import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders, orderStatusHistory, outboxMessages } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { cancelOrderByToken } from "./cancel-order";
import { placeOrder } from "./place-order";
import { createOrderFixture, eventSnapshot, orderInputFor, type OrderFixture } from "./test-fixtures";

const db = () => testDb();

async function placed(fixture: OrderFixture, lines?: { variantId: string; quantity: number }[]) {
  const result = await placeOrder({
    db: db(),
    eventSlug: fixture.event.slug,
    input: orderInputFor(fixture, { lines, email: "Kim@Example.com" }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.order;
}

const twoSizes = {
  items: [
    {
      name: "Hoodie",
      priceMinor: 2500,
      maxPerOrder: 3,
      variants: [
        { label: "M", stock: 5 },
        { label: "L", stock: 5 },
      ],
    },
  ],
};

describe(`cancelOrderByToken (${testDriver()})`, () => {
  it("cancels, returns the stock, records the change and queues the email, all at once", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const [m, l] = fixture.variants;
    const order = await placed(fixture, [
      { variantId: m!.id, quantity: 2 },
      { variantId: l!.id, quantity: 1 },
    ]);
    expect((await eventSnapshot(db(), fixture.event.id)).stock).toEqual({ [m!.id]: 3, [l!.id]: 4 });

    const result = await cancelOrderByToken({ db: db(), token: order.token });
    expect(result).toEqual({
      ok: true,
      order: { id: order.id, reference: order.reference, status: "cancelled" },
    });

    expect((await eventSnapshot(db(), fixture.event.id)).stock).toEqual({ [m!.id]: 5, [l!.id]: 5 });
    const [row] = await db().select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row?.status).toBe("cancelled");
    const history = await db()
      .select({
        from: orderStatusHistory.fromStatus,
        to: orderStatusHistory.toStatus,
        actor: orderStatusHistory.actor,
      })
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(orderStatusHistory.id);
    expect(history).toEqual([
      { from: null, to: "placed", actor: "attendee" },
      { from: "placed", to: "cancelled", actor: "attendee" },
    ]);
    const [mail] = await db()
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.eventId, fixture.event.id), eq(outboxMessages.template, "order-cancelled")),
      );
    expect(mail).toMatchObject({ toAddress: "Kim@Example.com" });
    expect(mail?.payload).toMatchObject({
      branding: { eventSlug: fixture.event.slug },
      order: {
        orderId: order.id,
        reference: order.reference,
        totalMinor: 7500,
        answers: [{ label: "Dietary needs", value: "None" }],
      },
    });
  });

  it("returns the stock once when the same order is cancelled twice at the same time", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const [m] = fixture.variants;
    const order = await placed(fixture, [{ variantId: m!.id, quantity: 3 }]);

    const results = await Promise.all(
      Array.from({ length: 8 }, () => cancelOrderByToken({ db: db(), token: order.token })),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toEqual({
        ok: false,
        code: "not_cancellable",
        message: "This order has already been cancelled.",
      });
    }
    const snapshot = await eventSnapshot(db(), fixture.event.id);
    expect(snapshot.stock[m!.id]).toBe(5);
    const cancelledMails = await db()
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.eventId, fixture.event.id), eq(outboxMessages.template, "order-cancelled")),
      );
    expect(cancelledMails).toHaveLength(1);
  });

  it("frees the attendee's slot, so the same email can order again", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const order = await placed(fixture);
    expect((await cancelOrderByToken({ db: db(), token: order.token })).ok).toBe(true);
    expect((await placed(fixture)).created).toBe(true);
  });

  it("cannot cancel an order that has shipped, and changes nothing", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const order = await placed(fixture);
    await db().update(orders).set({ status: "shipped" }).where(eq(orders.id, order.id));
    const before = await eventSnapshot(db(), fixture.event.id);

    const result = await cancelOrderByToken({ db: db(), token: order.token });

    expect(result).toEqual({
      ok: false,
      code: "not_cancellable",
      message: "This order is shipped and can no longer be cancelled. Please contact the organisers.",
    });
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  });

  it("can cancel a confirmed order", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const order = await placed(fixture);
    await db().update(orders).set({ status: "confirmed" }).where(eq(orders.id, order.id));
    expect((await cancelOrderByToken({ db: db(), token: order.token })).ok).toBe(true);
  });

  it("does not find an order by a malformed, unknown or other-event token", async () => {
    const fixture = await createOrderFixture(db(), twoSizes);
    const other = await createOrderFixture(db());
    const order = await placed(fixture);
    for (const token of [
      "",
      "short",
      "x".repeat(43),
      `${order.token}x`,
      "a'; drop table orders; --".padEnd(43, "a"),
    ]) {
      expect(await cancelOrderByToken({ db: db(), token })).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(
      await cancelOrderByToken({ db: db(), token: order.token, eventSlug: other.event.slug }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(
      await cancelOrderByToken({ db: db(), token: order.token, eventSlug: fixture.event.slug.toUpperCase() }),
    ).toMatchObject({ ok: true });
  });
});

import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import {
  bulkChangeOrderStatus,
  changeOrderStatus,
} from "@/app/dashboard/[orgId]/events/[eventId]/orders/actions";
import type { Db } from "@/db/client";
import { auditEntries, orders, orderStatusHistory, outboxMessages, type OrderStatus } from "@/db/schema";
import { limits } from "@/lib/limits";
import { renderMessage } from "@/lib/mail/render";
import { actAs } from "@/test/authz/current-user";
import { snapshotOrganisations } from "@/test/authz/snapshot";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { cancelOrderByToken } from "../cancel-order";
import { placeOrder } from "../place-order";
import { createOrderFixture, orderInputFor, variantStock, type OrderFixture } from "../test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const db = () => testDb();

async function setup(stock = 50) {
  const fixture = await createOrderFixture(db(), {
    maxOrdersPerAttendee: 100,
    items: [
      {
        name: "Hoodie",
        maxPerOrder: 5,
        variants: [
          { label: "M", stock },
          { label: "L", stock },
        ],
      },
    ],
  });
  const organiser = await createTestUser(db(), {
    orgId: fixture.event.orgId,
    role: "organiser",
    name: "Olive Organiser",
  });
  actAs(organiser);
  return { fixture, organiser, orgId: fixture.event.orgId, eventId: fixture.event.id };
}

async function place(fixture: OrderFixture, quantity = 2) {
  const [m, l] = fixture.variants;
  const input = orderInputFor(fixture, {
    lines: [
      { variantId: m!.id, quantity },
      { variantId: l!.id, quantity: 1 },
    ],
  });
  const result = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...result.order, email: input.attendee.email };
}

/** Moves an order along the workflow directly, to set up a test (the history is not what is tested). */
async function forceStatus(orderId: string, status: OrderStatus) {
  await db().update(orders).set({ status }).where(eq(orders.id, orderId));
}

async function statusOf(orderId: string) {
  const [row] = await db().select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row?.status;
}

async function historyOf(orderId: string) {
  return db()
    .select({
      from: orderStatusHistory.fromStatus,
      to: orderStatusHistory.toStatus,
      actor: orderStatusHistory.actor,
      note: orderStatusHistory.note,
    })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.id));
}

async function mailsOf(eventId: string, template: string) {
  return db()
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, template)));
}

async function auditsOf(orgId: string, orderIds: string[]) {
  return db()
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, orgId),
        eq(auditEntries.action, "order.status_changed"),
        inArray(auditEntries.targetId, orderIds),
      ),
    );
}

const snapshot = (d: Db, orgId: string) => snapshotOrganisations(d, [orgId]);

describe(`changeOrderStatus (${testDriver()})`, () => {
  it("changes the status and writes history, the attendee's email and the audit entry", async () => {
    const { fixture, organiser, orgId, eventId } = await setup();
    const order = await place(fixture);

    const result = await changeOrderStatus({
      orgId,
      eventId,
      orderId: order.id,
      to: "confirmed",
      note: "Checked by phone",
    });
    expect(result).toMatchObject({ ok: true, data: { orderId: order.id, status: "confirmed" } });
    expect(result.ok && result.message).toBe(
      `Order ${order.reference} marked confirmed. The attendee will be emailed.`,
    );

    expect(await statusOf(order.id)).toBe("confirmed");
    expect(await historyOf(order.id)).toEqual([
      { from: null, to: "placed", actor: "attendee", note: null },
      { from: "placed", to: "confirmed", actor: organiser.id, note: "Checked by phone" },
    ]);
    const [mail, ...more] = await mailsOf(eventId, "order-status-changed");
    expect(more).toEqual([]);
    expect(mail?.toAddress).toBe(order.email);
    expect(mail?.payload).toMatchObject({
      fromStatus: "placed",
      toStatus: "confirmed",
      order: { orderId: order.id, reference: order.reference },
      branding: { eventSlug: fixture.event.slug },
    });
    // The queued payload renders: the dispatcher will be able to send it.
    const rendered = await renderMessage({ template: mail!.template, payload: mail!.payload });
    expect(rendered.subject).toContain(`${order.reference}: confirmed`);

    const audits = await auditsOf(orgId, [order.id]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: organiser.id,
      targetType: "order",
      details: { from: "placed", to: "confirmed" },
    });
    expect(JSON.stringify(audits[0]?.details)).not.toContain("Checked by phone");
  });

  it("includes the pick-up information when an order is ready for pick-up", async () => {
    const { fixture, orgId, eventId } = await setup();
    const order = await place(fixture);
    await forceStatus(order.id, "sent_to_supplier");
    const result = await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "ready_for_pickup" });
    expect(result.ok).toBe(true);
    const [mail] = await mailsOf(eventId, "order-status-changed");
    expect(mail?.payload).toMatchObject({
      toStatus: "ready_for_pickup",
      pickupInfo: "Pick up at the registration desk.",
    });
  });

  it("refuses an illegal transition as a conflict and changes nothing", async () => {
    const { fixture, orgId, eventId } = await setup();
    const order = await place(fixture);
    const before = await snapshot(db(), orgId);

    const skip = await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "shipped" });
    expect(skip).toMatchObject({ ok: false, code: "conflict" });
    expect(!skip.ok && skip.message).toBe(
      `Order ${order.reference} is placed: it cannot be marked shipped. Nothing was changed.`,
    );
    await forceStatus(order.id, "shipped");
    const afterForce = await snapshot(db(), orgId);
    const cancelShipped = await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "cancelled" });
    expect(cancelShipped).toMatchObject({ ok: false, code: "conflict" });
    expect(await snapshot(db(), orgId)).toEqual(afterForce);
    expect(before.outbox_messages).toBe(afterForce.outbox_messages);
  });

  it("refuses an order of another event of the same organisation as not found", async () => {
    const { fixture, orgId } = await setup();
    const order = await place(fixture);
    const other = await createOrderFixture(db());
    const before = await snapshot(db(), orgId);
    const result = await changeOrderStatus({
      orgId,
      eventId: other.event.id,
      orderId: order.id,
      to: "confirmed",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(db(), orgId)).toEqual(before);
  });

  it("cancelling returns the stock once and sends the cancellation email, not the status one", async () => {
    const { fixture, orgId, eventId } = await setup(10);
    const [m, l] = fixture.variants;
    const order = await place(fixture, 3);
    await forceStatus(order.id, "sent_to_supplier"); // the team may cancel later than the attendee
    expect(await variantStock(db(), [m!.id, l!.id])).toEqual({ [m!.id]: 7, [l!.id]: 9 });

    const first = await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "cancelled" });
    expect(first.ok).toBe(true);
    const again = await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "cancelled" });
    expect(again).toMatchObject({ ok: false, code: "conflict" });

    expect(await variantStock(db(), [m!.id, l!.id])).toEqual({ [m!.id]: 10, [l!.id]: 10 });
    expect(await mailsOf(eventId, "order-cancelled")).toHaveLength(1);
    expect(await mailsOf(eventId, "order-status-changed")).toHaveLength(0);
    expect((await historyOf(order.id)).filter((h) => h.to === "cancelled")).toHaveLength(1);
  });

  it("returns the stock exactly once when the team and the attendee cancel at the same moment", async () => {
    const { fixture, orgId, eventId } = await setup(10);
    const [m, l] = fixture.variants;
    for (let round = 0; round < 5; round++) {
      const order = await place(fixture, 1);
      const [team, attendee] = await Promise.all([
        changeOrderStatus({ orgId, eventId, orderId: order.id, to: "cancelled" }),
        cancelOrderByToken({ db: db(), token: order.token }),
      ]);
      // Exactly one of them cancelled; the other saw "cancelled" after waiting for the lock.
      expect([team.ok, attendee.ok].filter(Boolean)).toHaveLength(1);
      expect(await variantStock(db(), [m!.id, l!.id])).toEqual({ [m!.id]: 10, [l!.id]: 10 });
      expect((await historyOf(order.id)).filter((h) => h.to === "cancelled")).toHaveLength(1);
    }
    expect(await mailsOf(eventId, "order-cancelled")).toHaveLength(5);
  });

  it("sends no email for an order whose personal data was erased", async () => {
    const { fixture, orgId, eventId } = await setup();
    const order = await place(fixture);
    await db()
      .update(orders)
      .set({ erasedAt: new Date(), attendeeName: "", attendeeEmail: "", answers: {} })
      .where(eq(orders.id, order.id));
    expect((await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "confirmed" })).ok).toBe(true);
    expect((await changeOrderStatus({ orgId, eventId, orderId: order.id, to: "cancelled" })).ok).toBe(true);
    expect(await mailsOf(eventId, "order-status-changed")).toHaveLength(0);
    expect(await mailsOf(eventId, "order-cancelled")).toHaveLength(0);
    expect(await auditsOf(orgId, [order.id])).toHaveLength(2);
  });
});

describe(`bulkChangeOrderStatus (${testDriver()})`, () => {
  it("changes the legal ones, skips the rest with a reason, one history row, email and audit entry each", async () => {
    const { fixture, organiser, orgId, eventId } = await setup();
    const ready = [await place(fixture), await place(fixture), await place(fixture)];
    const delivered = await place(fixture);
    const placed = await place(fixture);
    for (const o of ready) await forceStatus(o.id, "sent_to_supplier");
    await forceStatus(delivered.id, "delivered");

    const ids = [...ready, delivered, placed].map((o) => o.id);
    const result = await bulkChangeOrderStatus({ orgId, eventId, orderIds: ids, to: "shipped" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.changed).toBe(3);
    expect(result.data.skipped).toEqual(
      expect.arrayContaining([
        { orderId: delivered.id, reason: "already delivered" },
        { orderId: placed.id, reason: "placed orders cannot be marked shipped" },
      ]),
    );
    expect(result.data.skipped).toHaveLength(2);
    expect(result.message).toBe(
      "3 orders marked shipped; 2 skipped (1 already delivered, 1 placed orders cannot be marked shipped).",
    );

    for (const o of ready) {
      expect(await statusOf(o.id)).toBe("shipped");
      expect((await historyOf(o.id)).at(-1)).toEqual({
        from: "sent_to_supplier",
        to: "shipped",
        actor: organiser.id,
        note: null,
      });
    }
    expect(await statusOf(delivered.id)).toBe("delivered");
    expect(await statusOf(placed.id)).toBe("placed");
    const mails = await mailsOf(eventId, "order-status-changed");
    expect(mails.map((m) => (m.payload as { order: { orderId: string } }).order.orderId).sort()).toEqual(
      ready.map((o) => o.id).sort(),
    );
    const audits = await auditsOf(orgId, ids);
    expect(audits.map((a) => a.targetId).sort()).toEqual(ready.map((o) => o.id).sort());
    expect(audits.every((a) => (a.details as { bulk?: boolean }).bulk === true)).toBe(true);
  });

  it("cancels in bulk and returns every order's stock once", async () => {
    const { fixture, orgId, eventId } = await setup(20);
    const [m, l] = fixture.variants;
    const list = [await place(fixture, 2), await place(fixture, 1), await place(fixture, 3)];
    await forceStatus(list[2]!.id, "shipped");
    expect(await variantStock(db(), [m!.id, l!.id])).toEqual({ [m!.id]: 14, [l!.id]: 17 });
    const result = await bulkChangeOrderStatus({
      orgId,
      eventId,
      orderIds: list.map((o) => o.id),
      to: "cancelled",
    });
    expect(result).toMatchObject({ ok: true, data: { changed: 2 } });
    // The shipped order keeps its stock taken; the two cancelled return theirs.
    expect(await variantStock(db(), [m!.id, l!.id])).toEqual({ [m!.id]: 17, [l!.id]: 19 });
    expect(await mailsOf(eventId, "order-cancelled")).toHaveLength(2);
  });

  it("refuses the whole request when one id is another organisation's order, changing nothing", async () => {
    const { fixture, orgId, eventId } = await setup();
    const mine = [await place(fixture), await place(fixture)];
    const elsewhere = await createOrderFixture(db());
    const foreign = await placeOrder({
      db: db(),
      eventSlug: elsewhere.event.slug,
      input: orderInputFor(elsewhere),
    });
    if (!foreign.ok) throw new Error("no foreign order");
    const before = await snapshotOrganisations(db(), [orgId, elsewhere.event.orgId]);

    const result = await bulkChangeOrderStatus({
      orgId,
      eventId,
      orderIds: [...mine.map((o) => o.id), foreign.order.id],
      to: "confirmed",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshotOrganisations(db(), [orgId, elsewhere.event.orgId])).toEqual(before);
  });

  it("refuses more ids than the limit, and an empty list, with a field error", async () => {
    const { orgId, eventId } = await setup();
    const tooMany = Array.from({ length: limits.bulkStatusChangeMax + 1 }, () => crypto.randomUUID());
    const result = await bulkChangeOrderStatus({ orgId, eventId, orderIds: tooMany, to: "confirmed" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(!result.ok && result.fieldErrors.orderIds?.[0]).toMatch(/At most 500 orders/);
    const none = await bulkChangeOrderStatus({ orgId, eventId, orderIds: [], to: "bogus" });
    expect(none).toMatchObject({ ok: false, code: "invalid_input" });
    expect(!none.ok && Object.keys(none.fieldErrors).sort()).toEqual(["orderIds", "to"]);
  });

  it("refuses a viewer and changes nothing", async () => {
    const { fixture, orgId, eventId } = await setup();
    const order = await place(fixture);
    const viewer = await createTestUser(db(), { orgId, role: "viewer" });
    actAs(viewer);
    const before = await snapshot(db(), orgId);
    const result = await bulkChangeOrderStatus({ orgId, eventId, orderIds: [order.id], to: "confirmed" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot(db(), orgId)).toEqual(before);
  });
});

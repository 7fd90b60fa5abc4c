import { and, asc, eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import {
  orderStatusHistory,
  orders,
  outboxMessages,
  supplierDispatchLines,
  supplierLinks,
  type Supplier,
} from "@/db/schema";
import { renderMessage } from "@/lib/mail/render";
import { testDb, testDriver } from "@/test/db";
import { markSupplierOrderAction } from "@/app/supplier/[token]/actions";
import { changeOrderStatus } from "@/lib/orders/manage/change-order-status";
import { getOrderDetail } from "@/lib/orders/manage/order-detail";
import { eraseOrdersPersonalData } from "@/lib/privacy/erase-orders";
import { findEverywhere } from "@/lib/privacy/test-world";
import { supplierLinkToken } from "./supplier-link";
import { supplierReceivedOrders } from "./supplier-page";
import { supplierProgress } from "./supplier-progress";
import { supplierWorld } from "./test-setup";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

type Db = ReturnType<typeof testDb>;
type World = Awaited<ReturnType<typeof supplierWorld>>;

async function tokenOf(db: Db, supplier: Supplier) {
  const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, supplier.id));
  return supplierLinkToken(link!.id);
}

async function statusOf(db: Db, orderId: string) {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row!.status;
}

async function statusEmails(db: Db, w: World, orderId: string) {
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, w.eventId), eq(outboxMessages.template, "order-status-changed")))
    .orderBy(asc(outboxMessages.createdAt));
  return rows.filter((r) => (r.payload as { order: { orderId: string } }).order.orderId === orderId);
}

async function marksOf(db: Db, orderId: string) {
  return db
    .select({
      lineId: supplierDispatchLines.orderLineId,
      mark: supplierDispatchLines.mark,
      trackingNumber: supplierDispatchLines.trackingNumber,
      carrier: supplierDispatchLines.carrier,
    })
    .from(supplierDispatchLines)
    .where(eq(supplierDispatchLines.orderId, orderId));
}

/** A T-shirt printer and a sticker shop, both immediate: every order of a T-shirt and stickers reaches both. */
async function twoSupplierOrder(db: Db) {
  const w = await supplierWorld(db);
  const printer = await w.addSupplier({ name: "Acme Print" });
  const stickers = await w.addSupplier({ name: "Sticky Co" });
  await w.assign(printer, w.tshirt.id);
  await w.assign(stickers, w.sticker.id);
  const order = await w.orderAndConfirm();
  return { w, printer, stickers, order, a: await tokenOf(db, printer), b: await tokenOf(db, stickers) };
}

describe(`a supplier's marks on its own lines of an order (${testDriver()})`, () => {
  test("two suppliers: the first mark leaves the order alone and tells the attendee its part; the second moves it with one email", async () => {
    const db = testDb();
    const { w, printer, stickers, order, a, b } = await twoSupplierOrder(db);
    const before = (await statusEmails(db, w, order.id)).length;

    const first = await markSupplierOrderAction({
      token: a,
      orderId: order.id,
      to: "shipped",
      carrier: "DHL",
      trackingNumber: "123",
    });
    expect(first).toMatchObject({ ok: true });
    expect(first.message).toContain("for your line");
    expect(await statusOf(db, order.id)).toBe("confirmed");
    const marks = await marksOf(db, order.id);
    expect(marks.filter((m) => m.mark === "shipped")).toEqual([
      expect.objectContaining({ trackingNumber: "123", carrier: "DHL" }),
    ]);
    expect(marks.filter((m) => m.mark === null)).toHaveLength(1);

    const history = await db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(asc(orderStatusHistory.id));
    expect(history.at(-1)).toMatchObject({
      fromStatus: "confirmed",
      toStatus: "confirmed",
      actor: `supplier:${printer.id}`,
      note: "Acme Print marked 1 line shipped (DHL 123)",
    });

    let emails = (await statusEmails(db, w, order.id)).slice(before);
    expect(emails).toHaveLength(1);
    const partial = await renderMessage(emails[0]!);
    expect(partial.subject).toMatch(/part shipped/);
    expect(partial.text).toContain("1 × T-shirt M — DHL 123");
    expect(partial.text).not.toContain("Sticker");

    const second = await markSupplierOrderAction({ token: b, orderId: order.id, to: "shipped" });
    expect(second).toMatchObject({
      ok: true,
      message: `Order ${order.reference} is marked shipped. The attendee has been emailed.`,
    });
    expect(await statusOf(db, order.id)).toBe("shipped");
    const steps = await db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(asc(orderStatusHistory.id));
    expect(steps.slice(-2).map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      ["confirmed", "sent_to_supplier", `supplier:${stickers.id}`],
      ["sent_to_supplier", "shipped", `supplier:${stickers.id}`],
    ]);
    emails = (await statusEmails(db, w, order.id)).slice(before);
    expect(emails).toHaveLength(2);
    const final = await renderMessage(emails[1]!);
    expect(final.subject).toMatch(/: shipped$/);
    expect(final.html).toContain("Your order is on its way");
  });

  test("two suppliers marking at once: the order moves exactly once, with exactly one final email", async () => {
    const db = testDb();
    // Several orders, so a mark that read without the row lock would race at least once.
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Race Print" });
    const stickers = await w.addSupplier({ name: "Race Stickers" });
    await w.assign(printer, w.tshirt.id);
    await w.assign(stickers, w.sticker.id);
    const placed = [];
    for (let i = 0; i < 6; i++) placed.push(await w.orderAndConfirm());
    const a = await tokenOf(db, printer);
    const b = await tokenOf(db, stickers);

    await Promise.all(
      placed.flatMap((order) => [
        markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped" }),
        markSupplierOrderAction({ token: b, orderId: order.id, to: "shipped" }),
      ]),
    );

    for (const order of placed) {
      expect(await statusOf(db, order.id)).toBe("shipped");
      const moves = await db
        .select()
        .from(orderStatusHistory)
        .where(and(eq(orderStatusHistory.orderId, order.id), eq(orderStatusHistory.toStatus, "shipped")));
      expect(moves).toHaveLength(1);
      const emails = await statusEmails(db, w, order.id);
      const finals = emails.filter((e) => (e.payload as { part?: unknown }).part === undefined);
      const parts = emails.filter((e) => (e.payload as { part?: unknown }).part !== undefined);
      expect(finals.filter((e) => (e.payload as { toStatus: string }).toStatus === "shipped")).toHaveLength(
        1,
      );
      expect(parts).toHaveLength(1);
    }
  });

  test("mixed marks keep the order with the organisers; each supplier's mark shows on its own list", async () => {
    const db = testDb();
    const { w, printer, stickers, order, a, b } = await twoSupplierOrder(db);
    await markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped" });
    const second = await markSupplierOrderAction({ token: b, orderId: order.id, to: "ready_for_pickup" });
    expect(second).toMatchObject({ ok: true });
    expect(await statusOf(db, order.id)).toBe("confirmed");

    const printerList = await supplierReceivedOrders(db, { event: w.fixture.event, supplierId: printer.id });
    const stickerList = await supplierReceivedOrders(db, { event: w.fixture.event, supplierId: stickers.id });
    expect(printerList.orders[0]).toMatchObject({ reference: order.reference, mark: "shipped" });
    expect(stickerList.orders[0]).toMatchObject({ reference: order.reference, mark: "ready_for_pickup" });

    // The organisers decide, by hand, through the one state machine.
    await changeOrderStatus({
      db,
      orgId: w.orgId,
      eventId: w.eventId,
      actorUserId: w.organiser.id,
      orderId: order.id,
      to: "sent_to_supplier",
    });
    expect(await statusOf(db, order.id)).toBe("sent_to_supplier");
  });

  test("marking the same lines twice is refused with the same message and changes nothing", async () => {
    const db = testDb();
    const { w, order, a } = await twoSupplierOrder(db);
    await markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped", trackingNumber: "1" });
    const emails = (await statusEmails(db, w, order.id)).length;
    for (const to of ["shipped", "ready_for_pickup"] as const) {
      const again = await markSupplierOrderAction({ token: a, orderId: order.id, to, trackingNumber: "2" });
      expect(again).toMatchObject({
        ok: false,
        code: "conflict",
        message: `Order ${order.reference} is already marked shipped.`,
      });
    }
    expect((await marksOf(db, order.id)).filter((m) => m.mark)).toEqual([
      expect.objectContaining({ mark: "shipped", trackingNumber: "1" }),
    ]);
    expect(await statusEmails(db, w, order.id)).toHaveLength(emails);
  });

  test("a line the organisers hand over keeps the order with them: a single supplier's mark does not move it", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Solo Print" });
    await w.assign(printer, w.tshirt.id); // the stickers have no supplier
    const order = await w.orderAndConfirm();
    const result = await markSupplierOrderAction({
      token: await tokenOf(db, printer),
      orderId: order.id,
      to: "ready_for_pickup",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await statusOf(db, order.id)).toBe("confirmed");
    const [email] = (await statusEmails(db, w, order.id)).slice(-1);
    expect((email!.payload as { part?: { lines: { itemName: string }[] } }).part?.lines).toEqual([
      expect.objectContaining({ itemName: "T-shirt" }),
    ]);
  });

  test("a single-supplier order moves at once, as before line marks", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Only Print" });
    await w.assign(printer, w.tshirt.id);
    await w.assign(printer, w.sticker.id);
    const order = await w.orderAndConfirm();
    const before = (await statusEmails(db, w, order.id)).length;
    const result = await markSupplierOrderAction({
      token: await tokenOf(db, printer),
      orderId: order.id,
      to: "ready_for_pickup",
    });
    expect(result).toMatchObject({
      ok: true,
      message: `Order ${order.reference} is marked ready for pickup. The attendee has been emailed.`,
    });
    expect(await statusOf(db, order.id)).toBe("ready_for_pickup");
    expect((await marksOf(db, order.id)).map((m) => m.mark)).toEqual([
      "ready_for_pickup",
      "ready_for_pickup",
    ]);
    const emails = (await statusEmails(db, w, order.id)).slice(before);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.payload).toMatchObject({ toStatus: "ready_for_pickup" });
    expect(emails[0]!.payload).not.toHaveProperty("part");
  });

  test("a supplier cannot mark another supplier's lines, nor an order it did not receive", async () => {
    const db = testDb();
    const { w, order, a } = await twoSupplierOrder(db);
    const stickerOnly = await w.orderAndConfirm({
      lines: [{ variantId: w.variants.sticker.id, quantity: 1 }],
    });
    const refused = await markSupplierOrderAction({ token: a, orderId: stickerOnly.id, to: "shipped" });
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
    expect(await statusOf(db, stickerOnly.id)).toBe("confirmed");
    expect((await marksOf(db, stickerOnly.id)).every((m) => m.mark === null)).toBe(true);

    // On the shared order, the printer's mark touches only its T-shirt line, never the stickers.
    await markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped" });
    const marks = await marksOf(db, order.id);
    expect(marks.map((m) => m.mark).sort()).toEqual(["shipped", null].sort());
  });

  test("a cancelled order cannot be marked; the event overview counts shipped lines from the marks", async () => {
    const db = testDb();
    const { w, printer, stickers, order, a } = await twoSupplierOrder(db);
    await markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped" });
    const progress = await supplierProgress({ db, eventId: w.eventId });
    expect(progress.find((p) => p.supplierId === printer.id)).toMatchObject({ shipped: 1, dispatched: 0 });
    expect(progress.find((p) => p.supplierId === stickers.id)).toMatchObject({ shipped: 0, dispatched: 1 });

    const other = await w.orderAndConfirm();
    await changeOrderStatus({
      db,
      orgId: w.orgId,
      eventId: w.eventId,
      actorUserId: w.organiser.id,
      orderId: other.id,
      to: "cancelled",
    });
    const refused = await markSupplierOrderAction({ token: a, orderId: other.id, to: "shipped" });
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      message: `Order ${other.reference} cannot be marked shipped now (it is cancelled).`,
    });
    expect((await marksOf(db, other.id)).every((m) => m.mark === null)).toBe(true);
  });

  test("erasure still works on an order with marks; the marks and tracking stay, the person goes", async () => {
    const db = testDb();
    const { w, order, a, b } = await twoSupplierOrder(db);
    await markSupplierOrderAction({ token: a, orderId: order.id, to: "shipped", trackingNumber: "T1" });
    const [before] = await db.select().from(orders).where(eq(orders.id, order.id));
    const totals = await eraseOrdersPersonalData(db, {
      selector: { orderIds: [order.id] },
      reason: "owner_request",
      actor: { kind: "user", userId: w.organiser.id },
    });
    expect(totals.orders).toBe(1);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row?.erasedAt).not.toBeNull();
    expect(await findEverywhere(db, [before!.attendeeEmail])).toEqual([]);
    const emails = (await statusEmails(db, w, order.id)).length;
    // A mark after erasure still moves the order, and no email goes to an erased address.
    const result = await markSupplierOrderAction({ token: b, orderId: order.id, to: "shipped" });
    expect(result).toMatchObject({ ok: true });
    expect(await statusOf(db, order.id)).toBe("shipped");
    expect((await statusEmails(db, w, order.id)).length).toBe(emails);
    expect((await marksOf(db, order.id)).map((m) => m.trackingNumber)).toContain("T1");
  });

  test("the dashboard's order detail shows each supplier's marks with tracking, and names the supplier in the history", async () => {
    const db = testDb();
    const { w, order, a } = await twoSupplierOrder(db);
    await markSupplierOrderAction({
      token: a,
      orderId: order.id,
      to: "shipped",
      carrier: "DHL",
      trackingNumber: "123",
    });
    const detail = await getOrderDetail({
      db,
      orgId: w.orgId,
      eventId: w.eventId,
      orderId: order.id,
      showPersonalData: true,
      canManage: true,
    });
    expect(detail.status).toBe("confirmed");
    expect(detail.supplierMarks).toEqual([
      expect.objectContaining({
        supplierName: "Acme Print",
        itemName: "T-shirt",
        mark: "shipped",
        tracking: "DHL 123",
      }),
      expect.objectContaining({ supplierName: "Sticky Co", itemName: "Sticker", mark: null, tracking: "" }),
    ]);
    expect(detail.history.at(-1)).toMatchObject({
      fromStatus: "confirmed",
      toStatus: "confirmed",
      by: "Acme Print (supplier)",
      note: "Acme Print marked 1 line shipped (DHL 123)",
    });
    // Another organisation cannot read it.
    await expect(
      getOrderDetail({
        db,
        orgId: (await supplierWorld(db)).orgId,
        eventId: w.eventId,
        orderId: order.id,
        showPersonalData: true,
        canManage: true,
      }),
    ).rejects.toThrow();
  });
});

import { and, eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { orderStatusHistory, orders, outboxMessages, supplierLinks } from "@/db/schema";
import { renderMessage } from "@/lib/mail/render";
import { testDb, testDriver } from "@/test/db";
import { markSupplierOrderAction } from "@/app/supplier/[token]/actions";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { issueSupplierLink, resolveSupplierLink, supplierLinkToken } from "./supplier-link";
import { supplierMarkRateKey } from "./supplier-marks";
import { supplierReceivedOrders } from "./supplier-page";
import { supplierWorld } from "./test-setup";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

async function linkOf(db: ReturnType<typeof testDb>, supplierId: string) {
  const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, supplierId));
  return link!;
}

describe(`the supplier's private list (${testDriver()})`, () => {
  test("every dispatch email carries the link; it opens only the supplier's orders with the shared fields", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Link Print" });
    await w.assign(printer, w.tshirt.id, ["attendee.name"]);
    const order = await w.orderAndConfirm({ name: "Mary Jackson" });
    const link = await linkOf(db, printer.id);
    const token = supplierLinkToken(link.id);

    const [message] = await w.supplierMessages(printer);
    expect((await renderMessage(message!)).html).toContain(`/supplier/${token}`);

    const resolved = await resolveSupplierLink(db, token);
    expect(resolved?.supplier.id).toBe(printer.id);
    const list = await supplierReceivedOrders(db, { event: w.fixture.event, supplierId: printer.id });
    expect(list.orders.map((o) => o.reference)).toEqual([order.reference]);
    const seen = JSON.stringify(list);
    expect(seen).toContain("Mary Jackson");
    expect(seen).not.toContain("Sticker");
    expect(seen).not.toContain("no-shellfish-secret");
  });

  test("tampered, unknown, expired and revoked links open nothing", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const s = await w.addSupplier({ name: "Link Gone" });
    const oldId = await issueSupplierLink(db, { supplierId: s.id, eventId: w.eventId });
    const old = supplierLinkToken(oldId);
    const newId = await issueSupplierLink(db, { supplierId: s.id, eventId: w.eventId });
    const fresh = supplierLinkToken(newId);
    expect(await resolveSupplierLink(db, old)).toBeNull(); // revoked by the new one
    expect(
      await resolveSupplierLink(db, `${fresh.slice(0, -1)}${fresh.endsWith("A") ? "B" : "A"}`),
    ).toBeNull();
    expect(await resolveSupplierLink(db, "x".repeat(43))).toBeNull();
    expect(await resolveSupplierLink(db, "../../dashboard")).toBeNull();
    expect(await resolveSupplierLink(db, fresh)).not.toBeNull();
    await db
      .update(supplierLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(supplierLinks.id, newId));
    expect(await resolveSupplierLink(db, fresh)).toBeNull();
  });

  test("marking shipped moves the order through the state machine, by the supplier, and emails the attendee once", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const warehouse = await w.addBatchSupplier("Mark Store");
    await w.assign(warehouse, w.tshirt.id);
    // Only the warehouse's T-shirt: a line nobody supplies would keep the order with the organisers (ADR 033).
    const order = await w.orderAndConfirm({ lines: [{ variantId: w.variants.m.id, quantity: 1 }] });
    await w.sendBatchNow(warehouse);
    const token = supplierLinkToken((await linkOf(db, warehouse.id)).id);

    const mark = () =>
      markSupplierOrderAction({
        token,
        orderId: order.id,
        to: "shipped",
        trackingNumber: "1Z999",
        carrier: "UPS",
      });
    // Several marks at once (two people at the supplier, a double tap): one applies, the rest are told.
    const results = await Promise.all(Array.from({ length: 6 }, mark));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r.message).toBe(`Order ${order.reference} is already marked shipped.`);
    }

    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row?.status).toBe("shipped");
    const history = await db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(orderStatusHistory.id);
    expect(history.slice(-2).map((h) => [h.toStatus, h.actor, h.note])).toEqual([
      ["sent_to_supplier", `supplier:${warehouse.id}`, null],
      ["shipped", `supplier:${warehouse.id}`, "Tracking: UPS 1Z999"],
    ]);
    const emails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.eventId, w.eventId), eq(outboxMessages.template, "order-status-changed")));
    expect(emails.filter((e) => (e.payload as { toStatus: string }).toStatus === "shipped")).toHaveLength(1);
  });

  test("a link cannot mark an order its supplier never received", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const mine = await w.addSupplier({ name: "Mine" });
    const other = await w.addSupplier({ name: "Other" });
    await w.assign(mine, w.tshirt.id);
    const order = await w.orderAndConfirm({ lines: [{ variantId: w.variants.sticker.id, quantity: 1 }] });
    await w.orderAndConfirm(); // gives "mine" a link
    const token = supplierLinkToken((await linkOf(db, mine.id)).id);
    void other;
    const result = await markSupplierOrderAction({ token, orderId: order.id, to: "ready_for_pickup" });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row?.status).toBe("confirmed");
  });
  test("a link past its rate limit is refused with the wait and changes nothing; another link is not held back", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Busy Print" });
    const stickers = await w.addSupplier({ name: "Calm Stickers" });
    await w.assign(printer, w.tshirt.id);
    await w.assign(stickers, w.sticker.id);
    const shirtOrder = await w.orderAndConfirm();
    const stickerOrder = await w.orderAndConfirm({
      lines: [{ variantId: w.variants.sticker.id, quantity: 1 }],
    });
    const busy = supplierLinkToken((await linkOf(db, printer.id)).id);
    const calm = supplierLinkToken((await linkOf(db, stickers.id)).id);
    // Spend the busy link's whole allowance, as a run of earlier marks would have.
    const policy = ratePolicy("supplierMarkPerLink");
    for (let i = 0; i < policy.limit; i++)
      await consumeRateLimit(db, { key: supplierMarkRateKey(busy), ...policy });

    const refused = await markSupplierOrderAction({ token: busy, orderId: shirtOrder.id, to: "shipped" });
    expect(refused).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/^Too many changes through this link\. Try again in \d+ minutes?\.$/),
    });
    const statusOf = async (id: string) =>
      (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0]?.status;
    expect(await statusOf(shirtOrder.id)).toBe("confirmed");

    expect(
      await markSupplierOrderAction({ token: calm, orderId: stickerOrder.id, to: "shipped" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await statusOf(stickerOrder.id)).toBe("shipped");
  });
});

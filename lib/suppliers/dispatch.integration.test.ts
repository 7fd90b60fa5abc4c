import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { events, orderLines, outboxMessages, supplierDispatches, supplierDispatchLines } from "@/db/schema";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import { createLocalTransport } from "@/lib/mail/local-transport";
import { renderMessage } from "@/lib/mail/render";
import { testDb, testDriver } from "@/test/db";
import { dispatchConfirmedOrder } from "./dispatch";
import { sweepSupplierBatches } from "./sweep";
import { supplierWorld } from "./test-setup";

describe(`supplier dispatch (${testDriver()})`, () => {
  test("immediate: one email per address with only the supplier's lines and shared fields, sent exactly once", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({
      name: "Print Shop",
      emails: ["orders@print.example", "backup@print.example"],
    });
    await w.assign(printer, w.tshirt.id, ["attendee.name", "phone"]);
    const order = await w.orderAndConfirm({ name: "Grace Hopper" });

    const messages = await w.supplierMessages(printer);
    expect(messages.map((m) => m.toAddress).sort()).toEqual(["backup@print.example", "orders@print.example"]);
    const rendered = await renderMessage(messages[0]!);
    expect(rendered.subject).toBe(`New order ${order.reference} for ${w.fixture.event.name}`);
    for (const body of [rendered.html, rendered.text]) {
      expect(body).toContain("T-shirt");
      expect(body).toContain("Grace Hopper");
      expect(body).toContain("+31 6 1234 5678");
      // Not this supplier's item, and personal data that was not chosen: never in the email.
      expect(body).not.toContain("Sticker");
      expect(body).not.toContain("no-shellfish-secret");
      expect(body).not.toMatch(/ada-[0-9a-f]{8}@example\.com/);
    }

    // Confirming again (a retried transaction, a second call) creates nothing new.
    await db.transaction((tx) => dispatchConfirmedOrder(tx, { event: w.fixture.event, orderId: order.id }));
    expect(await w.supplierMessages(printer)).toHaveLength(2);

    // Two outbox workers at once, then a third round: each address gets the email once.
    const transport = createLocalTransport(db);
    await Promise.all([
      dispatchOutbox({ db, transport, eventId: w.eventId }),
      dispatchOutbox({ db, transport, eventId: w.eventId }),
    ]);
    await dispatchOutbox({ db, transport, eventId: w.eventId });
    for (const address of printer.emails) {
      const mails = await w.mailboxOf(address);
      expect(mails.filter((m) => m.subject.includes(order.reference))).toHaveLength(1);
    }
  });

  test("cancelling an order a supplier already received sends that supplier a notice; others hear nothing", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "Cancel Print" });
    const warehouse = await w.addBatchSupplier("Cancel Store");
    await w.assign(printer, w.tshirt.id);
    await w.assign(warehouse, w.sticker.id);
    const order = await w.orderAndConfirm();
    const cancelled = await cancelOrderByToken({ db, token: order.token });
    expect(cancelled.ok).toBe(true);

    const notices = await db
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.eventId, w.eventId), eq(outboxMessages.template, "supplier-order-cancelled")),
      );
    expect(notices.map((n) => n.toAddress)).toEqual(printer.emails);
    const rendered = await renderMessage(notices[0]!);
    expect(rendered.subject).toBe(`Cancelled: order ${order.reference} for ${w.fixture.event.name}`);
    expect(rendered.text).toContain("1 × T-shirt (M)");
    expect(rendered.text).not.toContain("Sticker");
    // The batch supplier never had it, and the cancelled order is not in its next batch either.
    expect(await w.sendBatchNow(warehouse)).toBeNull();
  });

  test("a batch supplier gets nothing on confirmation; Send now sends one list with a CSV, once", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const warehouse = await w.addBatchSupplier("Warehouse");
    await w.assign(warehouse, w.tshirt.id, ["attendee.name"]);
    await w.assign(warehouse, w.sticker.id, ["attendee.name"]);
    const first = await w.orderAndConfirm({ name: "Ada" });
    const second = await w.orderAndConfirm({
      name: 'Bob, "the builder"',
      lines: [{ variantId: w.variants.l.id, quantity: 2 }],
    });
    expect(await w.supplierMessages(warehouse)).toEqual([]);

    const key = randomUUID();
    const sent = await w.sendBatchNow(warehouse, {
      idempotencyKey: `manual:${key}`,
      actorUserId: w.organiser.id,
    });
    expect(sent).toMatchObject({ lines: 3, orders: 2, messages: 1 });
    // The same press again, and a new press with nothing new: no second email.
    for (const k of [key, randomUUID()]) {
      expect(await w.sendBatchNow(warehouse, { idempotencyKey: `manual:${k}` })).toBeNull();
    }
    const [message] = await w.supplierMessages(warehouse);
    const rendered = await renderMessage(message!);
    expect(rendered.subject).toBe(`${w.fixture.event.name}: 2 orders to fulfil`);
    expect(rendered.text).toMatch(/T-shirt: 3/);
    expect(rendered.text).toMatch(/Sticker: 2/);
    const csv = Buffer.from(rendered.attachments![0]!.contentBase64, "base64").toString("utf8");
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(rows[0]).toBe("Order,Placed,Item,Variant,Quantity,Name");
    expect(rows.slice(1).map((r) => r.split(",").slice(0, 1)[0])).toEqual([
      first.reference,
      first.reference,
      second.reference,
    ]);
    expect(rows[3]).toContain(`T-shirt,L,2,"Bob, ""the builder"""`);
    expect(csv).not.toContain("no-shellfish-secret");

    // Through the local mailbox stand-in, the CSV travels with the email.
    await dispatchOutbox({ db, transport: createLocalTransport(db), eventId: w.eventId });
    const [mail] = await w.mailboxOf(warehouse.emails[0]!);
    expect(mail?.attachments).toEqual([
      expect.objectContaining({ filename: `${w.fixture.event.slug}-orders.csv` }),
    ]);
  });

  test("window close: the sweep sends the list once the ordering window has closed, and never twice", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const warehouse = await w.addBatchSupplier("Closer", "window_close");
    await w.assign(warehouse, w.tshirt.id);
    await w.orderAndConfirm();
    await sweepSupplierBatches({ db });
    expect(await w.supplierMessages(warehouse)).toEqual([]);

    await db
      .update(events)
      .set({ orderingClosesAt: new Date(Date.now() - 1000) })
      .where(eq(events.id, w.eventId));
    await Promise.all([sweepSupplierBatches({ db }), sweepSupplierBatches({ db })]);
    await sweepSupplierBatches({ db });
    const dispatches = await db
      .select()
      .from(supplierDispatches)
      .where(eq(supplierDispatches.supplierId, warehouse.id));
    expect(dispatches.map((d) => d.trigger)).toEqual(["window_close"]);
    expect(await w.supplierMessages(warehouse)).toHaveLength(1);
  });

  test("orders confirmed while batches run: every line is in exactly one batch, none in two, none in none", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const warehouse = await w.addBatchSupplier("Busy");
    await w.assign(warehouse, w.tshirt.id);
    const run = () => w.sendBatchNow(warehouse);

    // Three dispatchers keep running batches for as long as orders keep being confirmed.
    let ordering = true;
    const dispatcher = async () => {
      let batches = 0;
      while (ordering) if (await run()) batches += 1;
      return batches;
    };
    const dispatchers = Array.from({ length: 3 }, dispatcher);
    const placed = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        w.orderAndConfirm({
          lines: [{ variantId: i % 2 ? w.variants.m.id : w.variants.l.id, quantity: 1 }],
        }),
      ),
    );
    ordering = false;
    const batches = (await Promise.all(dispatchers)).reduce((a, b) => a + b, 0);
    expect(batches).toBeGreaterThan(1); // the runs really interleaved with the orders
    await run(); // the batch after the last order

    const lineIds = (
      await db
        .select({ id: orderLines.id })
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            placed.map((o) => o.id),
          ),
        )
    ).map((r) => r.id);
    const counts = await db
      .select({ lineId: supplierDispatchLines.orderLineId, n: sql<number>`count(*)::int` })
      .from(supplierDispatchLines)
      .where(inArray(supplierDispatchLines.orderLineId, lineIds))
      .groupBy(supplierDispatchLines.orderLineId);
    expect(counts).toHaveLength(20);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    // Every batch email lists exactly the lines its dispatch covers.
    const messages = await w.supplierMessages(warehouse);
    const listed = messages.flatMap((m) => (m.payload as { lines: unknown[] }).lines);
    expect(listed).toHaveLength(20);
  });
});

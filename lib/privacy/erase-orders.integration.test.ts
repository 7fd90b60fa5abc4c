import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import {
  auditEntries,
  orderLines,
  orders,
  orderStatusHistory,
  outboxMessages,
  supplierDispatchLines,
} from "@/db/schema";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import { createLocalTransport } from "@/lib/mail/local-transport";
import { dispatchBatch } from "@/lib/suppliers/dispatch";
import { testDb, testDriver } from "@/test/db";
import { getOrgEvent } from "@/lib/events/org-event";
import { listOrders } from "@/lib/orders/manage/list-orders";
import { parseOrderFilters } from "@/lib/orders/manage/order-filters";
import { eraseOrdersPersonalData } from "./erase-orders";
import { findEverywhere, markedEvent, type Markers } from "./test-world";

const personalValues = (m: Markers) => [
  m.prefix,
  m.digits,
  m.name,
  m.email,
  m.company,
  m.diet,
  m.workEmail,
  m.line1,
  m.city,
  m.statusNote,
  m.teamNote,
];

async function snapshot(eventId: string) {
  const db = testDb();
  const rows = await db
    .select({ id: orders.id, reference: orders.reference, status: orders.status, total: orders.totalMinor })
    .from(orders)
    .where(eq(orders.eventId, eventId))
    .orderBy(orders.id);
  const ids = rows.map((r) => r.id);
  const [counts] = await db
    .select({
      lines: sql<number>`(select count(*)::int from ${orderLines} where ${inArray(orderLines.orderId, ids)})`,
      history: sql<number>`(select count(*)::int from ${orderStatusHistory} where ${inArray(orderStatusHistory.orderId, ids)})`,
      outbox: sql<number>`(select count(*)::int from ${outboxMessages} where ${outboxMessages.eventId} = ${eventId})`,
      dispatched: sql<number>`(select count(*)::int from ${supplierDispatchLines} where ${inArray(supplierDispatchLines.orderId, ids)})`,
    })
    .from(sql`(select 1) as one`);
  return { rows, counts };
}

describe(`erasing orders' personal data (${testDriver()})`, () => {
  test("after erasing an event, no marker is left in any table, column or stored mail; the rest is unchanged", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 2 });
    // A bystander: another event's order with its own markers must survive untouched.
    const bystander = await markedEvent(db, { count: 1 });
    const eventId = world.fixture.event.id;
    await dispatchBatch({
      db,
      orgId: world.orgId,
      eventId,
      supplierId: world.suppliers[1]!.id,
      trigger: "manual",
    });
    // Sends everything (attendee confirmations, supplier mail) into the local mailbox.
    const transport = createLocalTransport(db);
    while ((await dispatchOutbox({ db, transport, eventId })).claimed > 0);
    expect(await findEverywhere(db, [world.markers.name, world.markers.line1])).not.toEqual([]);
    const before = await snapshot(eventId);

    const totals = await eraseOrdersPersonalData(db, {
      selector: { eventId },
      reason: "owner_request",
      actor: { kind: "user", userId: world.organiser.id },
    });

    expect(totals.orders).toBe(2);
    expect(await findEverywhere(db, personalValues(world.markers))).toEqual([]);
    // Non-personal data and every count stay as they were.
    expect(await snapshot(eventId)).toEqual(before);
    const kept = await db.select().from(orders).where(eq(orders.eventId, eventId));
    for (const order of kept) {
      expect(order.erasedAt).toBeInstanceOf(Date);
      expect(order.erasureReason).toBe("owner_request");
      expect(order.attendeeName).toBe("Erased");
      expect(Object.keys(order.answers).sort()).toEqual(["newsletter", "privacy", "t_shirt_fit"]);
      expect(order.answers.t_shirt_fit).toBe("fitted");
    }
    const history = await db
      .select({ to: orderStatusHistory.toStatus, note: orderStatusHistory.note })
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, world.orders[0]!.id));
    expect(history.map((h) => h.to)).toEqual(["placed", "confirmed"]);
    // The team's list shows them as erased, masked or not.
    const dashboardEvent = await getOrgEvent({ db, orgId: world.orgId, eventId });
    for (const canSeePersonal of [true, false]) {
      const page = await listOrders({
        db,
        event: dashboardEvent,
        filters: parseOrderFilters({}),
        canSeePersonal,
      });
      expect(page.rows.map((r) => [r.name, r.email])).toEqual([
        ["Erased", "Erased"],
        ["Erased", "Erased"],
      ]);
    }
    // The bystander keeps everything.
    expect(await findEverywhere(db, [bystander.markers.name, bystander.markers.diet])).not.toEqual([]);
    // The audit entry says who, why and how many, never whose.
    const [audit] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, world.orgId), eq(auditEntries.action, "privacy.orders_erased")));
    expect(audit).toMatchObject({
      actorUserId: world.organiser.id,
      details: { reason: "owner_request", orders: 2 },
    });

    // Idempotent: a second run finds nothing to do and writes nothing.
    const again = await eraseOrdersPersonalData(db, {
      selector: { eventId },
      reason: "retention",
      actor: { kind: "system" },
    });
    expect(again.orders).toBe(0);
  });

  test("two runs at once erase every order exactly once", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 12 });
    const eventId = world.fixture.event.id;
    const run = () =>
      eraseOrdersPersonalData(db, {
        selector: { eventId },
        reason: "retention",
        actor: { kind: "system" },
        batchSize: 3,
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.orders + b.orders).toBe(12);
    expect(await findEverywhere(db, personalValues(world.markers))).toEqual([]);
    const audits = await db
      .select({ details: auditEntries.details })
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, world.orgId), eq(auditEntries.action, "privacy.orders_erased")));
    expect(audits.reduce((n, e) => n + Number(e.details.orders), 0)).toBe(12);
  });

  test("a run that dies mid-batch leaves that batch untouched, and the next run finishes the job", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 5 });
    const eventId = world.fixture.event.id;
    let batches = 0;
    await expect(
      eraseOrdersPersonalData(db, {
        selector: { eventId },
        reason: "retention",
        actor: { kind: "system" },
        batchSize: 2,
        beforeCommit: () => {
          batches += 1;
          if (batches === 2) throw new Error("killed mid-batch");
        },
      }),
    ).rejects.toThrow("killed mid-batch");
    const states = await db
      .select({ erasedAt: orders.erasedAt, name: orders.attendeeName, answers: orders.answers })
      .from(orders)
      .where(eq(orders.eventId, eventId));
    // The first batch committed; the second rolled back whole: each order fully erased or untouched.
    expect(states.filter((s) => s.erasedAt !== null)).toHaveLength(2);
    for (const s of states.filter((s) => s.erasedAt === null)) {
      expect(s.name).toBe(world.markers.name);
      expect(s.answers.diet).toBe(world.markers.diet);
    }

    const rest = await eraseOrdersPersonalData(db, {
      selector: { eventId },
      reason: "retention",
      actor: { kind: "system" },
      batchSize: 2,
    });
    expect(rest.orders).toBe(3);
    expect(await findEverywhere(db, personalValues(world.markers))).toEqual([]);
  });

  test("by email across the organisation: only that attendee's orders", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 1 });
    const totals = await eraseOrdersPersonalData(db, {
      selector: { orgId: world.orgId, email: `  ${world.markers.email.toUpperCase()} ` },
      reason: "owner_request",
      actor: { kind: "user", userId: world.organiser.id },
    });
    expect(totals.orders).toBe(1);
    // Another organisation cannot reach them.
    const other = await markedEvent(db, { count: 1 });
    const none = await eraseOrdersPersonalData(db, {
      selector: { orgId: world.orgId, email: other.markers.email },
      reason: "owner_request",
      actor: { kind: "system" },
    });
    expect(none.orders).toBe(0);
  });
});

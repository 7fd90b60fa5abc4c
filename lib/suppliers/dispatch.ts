import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  events,
  itemSuppliers,
  orderLines,
  suppliers,
  supplierDispatches,
  supplierDispatchLines,
  supplierDispatchMessages,
  type Event,
  type Supplier,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/mail/outbox";
import { loadBranding } from "@/lib/orders/order-details";
import { selectSupplierLines, supplierView, type LineRow } from "./supplier-lines";
import { currentSupplierLink } from "./supplier-link";

/**
 * Dispatch to suppliers (ADR 024). A dispatch row, the lines it covers and its outbox messages are written in
 * one transaction, so an email exists exactly when the dispatch does; the outbox then sends it exactly once
 * (ADR 004). Two guards make repeats harmless: the dispatch's idempotency key (the same order confirmed
 * again, the same "Send now" press) and the unique order line in supplier_dispatch_lines (a line is in one
 * dispatch at most, whatever runs interleave). Batch runs also lock the supplier row, so two runs for the
 * same supplier queue up and the second finds nothing left to send.
 */

export type DispatchTrigger = "order_confirmed" | "window_close" | "daily" | "manual";
type EventRef = Pick<Event, "id" | "orgId" | "name" | "slug" | "timeZone">;

export type DispatchOutcome = { dispatchId: string; lines: number; orders: number; messages: number } | null;

async function writeDispatch(
  tx: Db,
  {
    event,
    supplier,
    kind,
    trigger,
    idempotencyKey,
    actorUserId,
    rows,
    message,
  }: {
    event: EventRef;
    supplier: Supplier;
    kind: "immediate" | "batch";
    trigger: DispatchTrigger;
    idempotencyKey: string;
    actorUserId: string | null;
    rows: LineRow[];
    /** The outbox message for one contact address; `linkId` is the supplier's private list link. */
    message: (to: string, linkId: string) => Parameters<typeof enqueueEmail>[1];
  },
): Promise<DispatchOutcome> {
  const [dispatch] = await tx
    .insert(supplierDispatches)
    .values({
      orgId: event.orgId,
      eventId: event.id,
      supplierId: supplier.id,
      kind,
      trigger,
      idempotencyKey,
      actorUserId,
    })
    .onConflictDoNothing({ target: supplierDispatches.idempotencyKey })
    .returning({ id: supplierDispatches.id });
  if (!dispatch) return null; // already done: the first run's emails are the ones that count

  await tx
    .insert(supplierDispatchLines)
    .values(rows.map((r) => ({ dispatchId: dispatch.id, orderLineId: r.lineId, orderId: r.orderId })));
  const linkId = await currentSupplierLink(tx, { supplierId: supplier.id, eventId: event.id });
  const messageIds: string[] = [];
  for (const to of supplier.emails) messageIds.push(await enqueueEmail(tx, message(to, linkId)));
  await tx
    .insert(supplierDispatchMessages)
    .values(messageIds.map((outboxMessageId) => ({ dispatchId: dispatch.id, outboxMessageId })));
  const orders = new Set(rows.map((r) => r.orderId)).size;
  await recordAudit(tx, {
    orgId: event.orgId,
    actorUserId,
    action: "supplier.dispatched",
    targetType: "supplier",
    targetId: supplier.id,
    details: { dispatchId: dispatch.id, eventId: event.id, trigger, lines: rows.length, orders },
  });
  return { dispatchId: dispatch.id, lines: rows.length, orders, messages: messageIds.length };
}

/**
 * Called in the transaction that confirms an order (lib/orders/manage/change-order-status.ts): each immediate
 * supplier of the order's items gets one email with only its lines and its shared answers. Keyed by order
 * and supplier, so confirming twice (or a retried transaction) never sends twice.
 */
export async function dispatchConfirmedOrder(
  tx: Db,
  { event, orderId }: { event: EventRef; orderId: string },
): Promise<DispatchOutcome[]> {
  const immediate = await tx
    .selectDistinct({ supplier: suppliers })
    .from(orderLines)
    .innerJoin(itemSuppliers, eq(itemSuppliers.itemId, orderLines.itemId))
    .innerJoin(suppliers, eq(suppliers.id, itemSuppliers.supplierId))
    .where(
      and(
        eq(orderLines.orderId, orderId),
        eq(suppliers.orgId, event.orgId),
        eq(suppliers.dispatchMode, "immediate"),
      ),
    )
    .orderBy(asc(suppliers.id));
  if (immediate.length === 0) return [];
  const { branding } = await loadBranding({ db: tx, event });
  const outcomes: DispatchOutcome[] = [];
  for (const { supplier } of immediate) {
    const rows = await selectSupplierLines(tx, {
      eventId: event.id,
      supplierId: supplier.id,
      orderId,
      undispatched: true,
    });
    if (rows.length === 0) continue;
    const payload = await immediatePayload(tx, { event, supplier, rows, branding });
    outcomes.push(
      await writeDispatch(tx, {
        event,
        supplier,
        kind: "immediate",
        trigger: "order_confirmed",
        idempotencyKey: `immediate:${orderId}:${supplier.id}`,
        actorUserId: null,
        rows,
        message: (to, supplierLinkId) => ({
          eventId: event.id,
          template: "supplier-order",
          to,
          payload: { ...payload, supplierLinkId },
        }),
      }),
    );
  }
  return outcomes;
}

/** An immediate email's payload for one order's rows: what is sent, and what the dashboard previews. */
export async function immediatePayload(
  db: Db,
  {
    event,
    supplier,
    rows,
    branding,
  }: {
    event: EventRef;
    supplier: Supplier;
    rows: LineRow[];
    branding: Awaited<ReturnType<typeof loadBranding>>["branding"];
  },
) {
  const { columns, lines } = await supplierView(db, { event, supplierId: supplier.id, rows });
  const first = lines[0];
  return {
    branding,
    supplierName: supplier.name,
    order: {
      reference: first?.reference ?? "",
      placedAt: first?.placedAt ?? "",
      lines: lines.map((l) => ({ itemName: l.itemName, variantLabel: l.variantLabel, quantity: l.quantity })),
      // One order: the shared answers are the same on every line.
      shared: columns.map((c, i) => ({ label: c.label, value: first?.values[i] ?? "" })),
    },
  };
}

/** The batch email's payload for the given rows: what is sent, and what the dashboard previews. */
export async function batchPayload(
  db: Db,
  { event, supplier, rows }: { event: EventRef; supplier: Supplier; rows: LineRow[] },
) {
  // Sequential: this runs inside the dispatch transaction (one connection).
  const { branding } = await loadBranding({ db, event });
  const view = await supplierView(db, { event, supplierId: supplier.id, rows });
  return {
    branding,
    supplierName: supplier.name,
    columns: view.columns.map((c) => ({ label: c.label })),
    lines: view.lines,
  };
}

/**
 * One batch for a supplier at an event: every dispatchable line no dispatch has covered yet. Returns null
 * when there was nothing to send or the key was used already. Orders committed while this runs are not
 * seen by its query and go in the next batch; the unique line index keeps any line out of two.
 */
export async function dispatchBatch({
  db,
  orgId,
  eventId,
  supplierId,
  trigger,
  idempotencyKey,
  actorUserId = null,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  supplierId: string;
  trigger: Exclude<DispatchTrigger, "order_confirmed">;
  /** Without one, the key is derived from the lines covered (a rerun over the same lines is a no-op). */
  idempotencyKey?: string;
  actorUserId?: string | null;
}): Promise<DispatchOutcome> {
  return db.transaction(async (tx) => {
    const [supplier] = await tx
      .select()
      .from(suppliers)
      .where(and(eq(suppliers.id, supplierId), eq(suppliers.orgId, orgId)))
      .for("update");
    const [event] = await tx
      .select()
      .from(events)
      .where(and(eq(events.id, eventId), eq(events.orgId, orgId)));
    if (!supplier || !event) return null;
    const rows = await selectSupplierLines(tx, { eventId, supplierId, undispatched: true });
    if (rows.length === 0) return null;
    const payload = await batchPayload(tx, { event, supplier, rows });
    const key =
      idempotencyKey ??
      `${trigger}:${supplierId}:${eventId}:${createHash("sha256")
        .update(rows.map((r) => r.lineId).join(","))
        .digest("hex")
        .slice(0, 32)}`;
    return writeDispatch(tx, {
      event,
      supplier,
      kind: "batch",
      trigger,
      idempotencyKey: key,
      actorUserId,
      rows,
      message: (to, supplierLinkId) => ({
        eventId,
        template: "supplier-batch",
        to,
        payload: { ...payload, supplierLinkId },
      }),
    });
  });
}

/** How many lines are waiting for a supplier's next batch (for the dashboard). */
export async function pendingLineCount({
  db,
  eventId,
  supplierId,
}: {
  db: Db;
  eventId: string;
  supplierId: string;
}) {
  const rows = await selectSupplierLines(db, { eventId, supplierId, undispatched: true });
  return rows.length;
}

import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  formVersions,
  itemSuppliers,
  orderLines,
  orders,
  supplierDispatchLines,
  type Event,
} from "@/db/schema";
import type { InputFieldDefinition } from "@/lib/forms/definitions";
import { isInputField } from "@/lib/forms/field-kinds";
import { formatWallClock } from "@/lib/format/date-time";
import { limits } from "@/lib/limits";
import { supplierColumns } from "./assignment";
import type { SupplierLine } from "./dispatch-content";
import { sharedValues, type SharedColumn } from "./shared-fields";

/** Orders a supplier should act on: confirmed by the organisers, not cancelled, not yet fulfilled. */
export const DISPATCHABLE_STATUSES = ["confirmed", "sent_to_supplier"] as const;

export type LineRow = {
  lineId: string;
  orderId: string;
  reference: string;
  createdAt: Date;
  itemName: string;
  variantLabel: string;
  quantity: number;
  attendeeName: string;
  attendeeEmail: string;
  answers: Record<string, unknown>;
  formVersionId: string | null;
};

/** The columns of a LineRow, selected the same way for the next batch and for the supplier's received list. */
export const lineRowColumns = {
  lineId: orderLines.id,
  orderId: orders.id,
  reference: orders.reference,
  createdAt: orders.createdAt,
  itemName: orderLines.itemName,
  variantLabel: orderLines.variantLabel,
  quantity: orderLines.quantity,
  attendeeName: orders.attendeeName,
  attendeeEmail: orders.attendeeEmail,
  answers: orders.answers,
  formVersionId: orders.formVersionId,
};

/**
 * The order lines of the items a supplier supplies at an event. `orderId` narrows to one order;
 * `undispatched` keeps only lines no dispatch has covered yet (what the next batch will carry).
 */
export async function selectSupplierLines(
  db: Db,
  {
    eventId,
    supplierId,
    orderId,
    undispatched,
    limit = limits.supplierBatchLinesMax,
  }: { eventId: string; supplierId: string; orderId?: string; undispatched: boolean; limit?: number },
): Promise<LineRow[]> {
  return db
    .select(lineRowColumns)
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(itemSuppliers, eq(itemSuppliers.itemId, orderLines.itemId))
    .leftJoin(supplierDispatchLines, eq(supplierDispatchLines.orderLineId, orderLines.id))
    .where(
      and(
        eq(orders.eventId, eventId),
        eq(itemSuppliers.supplierId, supplierId),
        inArray(orders.status, [...DISPATCHABLE_STATUSES]),
        orderId ? eq(orders.id, orderId) : undefined,
        undispatched ? isNull(supplierDispatchLines.orderLineId) : undefined,
      ),
    )
    .orderBy(asc(orders.createdAt), asc(orders.id), asc(orderLines.id))
    .limit(limit);
}

/** Each form version's input fields by key: an order's answers read by the version it was placed against. */
async function fieldsByVersion(db: Db, eventId: string) {
  const versions = await db
    .select({ id: formVersions.id, fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.eventId, eventId));
  return new Map(
    versions.map((v) => [
      v.id,
      new Map<string, InputFieldDefinition>(v.fields.filter(isInputField).map((f) => [f.key, f])),
    ]),
  );
}

/**
 * Turns line rows into what the supplier sees: the chosen columns and, per line, only their values. This is
 * the single place order data is read for a supplier; personal data not chosen is dropped here.
 */
export async function supplierView(
  db: Db,
  { event, supplierId, rows }: { event: Pick<Event, "id" | "timeZone">; supplierId: string; rows: LineRow[] },
): Promise<{ columns: SharedColumn[]; lines: SupplierLine[] }> {
  // Sequential: often called inside a transaction (one connection).
  const columns = await supplierColumns({ db, supplierId, eventId: event.id });
  const versions = await fieldsByVersion(db, event.id);
  const lines = rows.map((row) => ({
    reference: row.reference,
    placedAt: formatWallClock(row.createdAt, event.timeZone),
    itemName: row.itemName,
    variantLabel: row.variantLabel,
    quantity: row.quantity,
    values: sharedValues(
      columns,
      {
        attendeeName: row.attendeeName,
        attendeeEmail: row.attendeeEmail,
        answers: row.answers,
        ownFields: row.formVersionId ? versions.get(row.formVersionId) : undefined,
      },
      event.timeZone,
    ),
  }));
  return { columns, lines };
}

import "server-only";
import { shownAttendee } from "@/lib/format/erased";
import { asc, eq } from "drizzle-orm";
import { formatWallClock } from "@/lib/format/date-time";
import type { Db } from "@/db/client";
import { formVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { FieldDefinition, InputFieldDefinition } from "@/lib/forms/definitions";
import { isInputField } from "@/lib/forms/field-kinds";
import { formatValue, MASK } from "@/lib/forms/format-answers";
import { answerOf } from "@/lib/forms/visibility";
import { logger } from "@/lib/observability/logger";
import { minorToDecimal } from "@/lib/format/money";
import { csvRow } from "@/lib/format/csv-row";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";
import { linesOfOrders, selectOrderPage, summariseLines, type DashboardEvent } from "./list-orders";
import { maskEmail, maskName } from "./masking";
import { describeFiltersForAudit, type OrderCursor, type OrderQuery } from "./order-filters";

/**
 * The orders CSV: streamed in keyset batches through the very query of the orders table, so memory stays
 * flat at any number of orders and the file follows the filters on screen. One column per form field
 * (the union of every version's fields by key, labelled as the newest version labels it); personal
 * values masked for members without "personalData.view". Cells are RFC 4180 quoted and defused
 * against spreadsheet formula injection.
 */
const EXPORT_BATCH_SIZE = 1000;

// Shared with the supplier lists (lib/suppliers), which must quote and defuse cells the same way.
export { csvCell, csvRow } from "@/lib/format/csv-row";

export type FormColumn = { key: string; label: string; field: InputFieldDefinition; personal: boolean };

/**
 * The union of the versions' input fields by key, in the newest version's order, then fields only older
 * versions had. A field counts as personal if any version flagged it: masking errs on the safe side.
 */
export function formColumns(
  versions: readonly { version: number; fields: readonly FieldDefinition[] }[],
): FormColumn[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const columns = new Map<string, FormColumn>();
  for (const { fields } of newestFirst) {
    for (const field of fields) {
      if (!isInputField(field)) continue;
      const known = columns.get(field.key);
      if (known) known.personal ||= field.personal;
      else columns.set(field.key, { key: field.key, label: field.label, field, personal: field.personal });
    }
  }
  return [...columns.values()];
}

export function exportFilename(slug: string, now: Date, timeZone: string): string {
  return `${slug}-orders-${formatWallClock(now, timeZone).slice(0, 10)}.csv`;
}

export type OrdersExport = { filename: string; stream: ReadableStream<Uint8Array> };

export function exportOrdersCsv({
  db,
  event,
  query,
  canSeePersonal,
  actorUserId,
  batchSize = EXPORT_BATCH_SIZE,
  now = new Date(),
}: {
  db: Db;
  event: DashboardEvent;
  query: OrderQuery;
  canSeePersonal: boolean;
  actorUserId: string;
  batchSize?: number;
  now?: Date;
}): OrdersExport {
  const encoder = new TextEncoder();
  let columns: FormColumn[] | null = null;
  let fieldsByVersion = new Map<string, Map<string, InputFieldDefinition>>();
  let cursor: OrderCursor | undefined;
  let rowCount = 0;
  let done = false;

  const audit = (completed: boolean) =>
    recordAudit(db, {
      orgId: event.orgId,
      actorUserId,
      action: "orders.exported",
      targetType: "event",
      targetId: event.id,
      details: {
        filters: describeFiltersForAudit(query),
        rows: rowCount,
        masked: !canSeePersonal,
        completed,
      },
    });

  async function header(): Promise<string> {
    const versions = await db
      .select({ id: formVersions.id, version: formVersions.version, fields: formVersions.fields })
      .from(formVersions)
      .where(eq(formVersions.eventId, event.id))
      .orderBy(asc(formVersions.version));
    columns = formColumns(versions);
    fieldsByVersion = new Map(
      versions.map((v) => [v.id, new Map(v.fields.filter(isInputField).map((f) => [f.key, f]))]),
    );
    return (
      "\uFEFF" +
      csvRow([
        "Reference",
        `Created (${event.timeZone})`,
        "Status",
        "Name",
        "Email",
        "Items",
        `Total (${event.currency})`,
        ...columns.map((c) => c.label),
      ])
    );
  }

  async function batch(): Promise<string> {
    const page = await selectOrderPage({
      db,
      event,
      query,
      canSeePersonal,
      cursor,
      limit: batchSize,
      withAnswers: true,
    });
    const last = page.rows.at(-1);
    if (!page.hasNext || !last) done = true;
    else cursor = { direction: "after", id: last.id };
    const lines = await linesOfOrders(
      db,
      page.rows.map((r) => r.id),
    );
    let text = "";
    for (const order of page.rows) {
      const ownFields = order.formVersionId ? fieldsByVersion.get(order.formVersionId) : undefined;
      const answers = (columns ?? []).map((column) => {
        // The order's own version says how its answer reads (its options' labels); the newest otherwise.
        const field = ownFields?.get(column.key) ?? column.field;
        const value = formatValue(field, answerOf(order.answers, column.key));
        return value !== "" && column.personal && !canSeePersonal ? MASK : value;
      });
      text += csvRow([
        order.reference,
        formatWallClock(order.createdAt, event.timeZone),
        teamStatusLabel(order.status),
        ...Object.values(shownAttendee(order, canSeePersonal ? null : { name: maskName, email: maskEmail })),
        summariseLines(lines.get(order.id)),
        minorToDecimal(order.totalMinor, order.currency),
        ...answers,
      ]);
    }
    rowCount += page.rows.length;
    return text;
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          controller.enqueue(encoder.encode(columns === null ? await header() : await batch()));
          if (done) {
            await audit(true);
            controller.close();
          }
        } catch (error) {
          logger.error({ err: error, eventId: event.id }, "orders export failed");
          controller.error(error);
        }
      },
      async cancel() {
        // The download was aborted: what was sent is still an export of personal data, so log it.
        if (!done) await audit(false).catch((err) => logger.error({ err }, "orders export audit failed"));
      },
    },
    // Nothing is read from the database until the response is actually consumed, one batch at a time.
    { highWaterMark: 0 },
  );

  return { filename: exportFilename(event.slug, now, event.timeZone), stream };
}

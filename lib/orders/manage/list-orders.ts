import "server-only";
import { shownAttendee } from "@/lib/format/erased";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { formatWallClock } from "@/lib/format/date-time";
import type { Db } from "@/db/client";
import { items, orderLines, orders, variants, type OrderStatus } from "@/db/schema";
import { maskEmail, maskName } from "./masking";
import type { OrderCursor, OrderFilters, OrderQuery, OrderSort } from "./order-filters";

/**
 * The orders table's queries (ADR 007 shows their plans at 100,000 orders in one event). Every query is
 * scoped by the event, and the event by the organisation (`getOrgEvent`). Paging is keyset on the
 * sort's columns plus the id, with the cursor row's keys read inside the query itself, so the cursor
 * carries only an id: the page never sends an attendee's name back and forth in a URL.
 */
export type DashboardEvent = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
};

/** Full references ("DEV-7K3M9Q") are matched exactly through the unique (event_id, reference) index. */
const FULL_REFERENCE = /^[A-Z0-9]+-[A-Z0-9]{6}$/;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The WHERE clause of a table state. Without personal-data access the search matches the reference only:
 * hits on names or emails would reveal them one search at a time.
 */
function orderConditions({
  event,
  query,
  canSeePersonal,
}: {
  event: Pick<DashboardEvent, "id" | "timeZone">;
  query: OrderQuery;
  canSeePersonal: boolean;
}): SQL {
  const conditions: SQL[] = [eq(orders.eventId, event.id)];
  if (query.status.length > 0) conditions.push(inArray(orders.status, query.status));
  if (query.item) {
    conditions.push(
      sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id} and ${orderLines.itemId} = ${query.item})`,
    );
  }
  if (query.variant) {
    conditions.push(
      sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id} and ${orderLines.variantId} = ${query.variant})`,
    );
  }
  // Dates are the event's calendar days: midnight to midnight in its time zone, DST included.
  if (query.from) {
    conditions.push(
      sql`${orders.createdAt} >= (${query.from}::date::timestamp at time zone ${event.timeZone})`,
    );
  }
  if (query.to) {
    conditions.push(
      sql`${orders.createdAt} < ((${query.to}::date + 1)::timestamp at time zone ${event.timeZone})`,
    );
  }
  if (query.q) {
    const upper = query.q.toUpperCase();
    const byReference = FULL_REFERENCE.test(upper)
      ? eq(orders.reference, upper)
      : sql`${orders.reference} like ${`${escapeLike(upper)}%`}`;
    if (!canSeePersonal) conditions.push(byReference);
    else {
      const contains = `%${escapeLike(query.q)}%`;
      const emailContains = `%${escapeLike(query.q.toLowerCase())}%`;
      conditions.push(
        or(
          byReference,
          sql`${orders.attendeeName} ilike ${contains}`,
          sql`${orders.emailNormalised} like ${emailContains}`,
        )!,
      );
    }
  }
  return and(...conditions)!;
}

type SortSpec = { columns: SQL[]; cursorColumns: SQL[]; descending: boolean };

const cursorRow = alias(orders, "cursor_row");

/**
 * Each sort is a column list ending in the id, so ties (two orders in the same microsecond, two
 * "Ada Lovelace"s) still page without skipping or repeating a row.
 */
function sortSpec(sort: OrderSort): SortSpec {
  const spec = (cols: (keyof typeof orders.$inferSelect)[], descending: boolean): SortSpec => ({
    columns: cols.map((c) => sql`${orders[c]}`),
    cursorColumns: cols.map((c) => sql`${cursorRow[c]}`),
    descending,
  });
  switch (sort) {
    case "newest":
      return spec(["createdAt", "id"], true);
    case "oldest":
      return spec(["createdAt", "id"], false);
    case "reference":
      return spec(["reference"], false); // unique per event
    case "name":
      return spec(["attendeeName", "id"], false);
    case "status":
      return spec(["status", "createdAt", "id"], false); // workflow order, oldest first within a status
  }
}

function keysetCondition(spec: SortSpec, eventId: string, cursor: OrderCursor): SQL {
  const forward = cursor.direction === "after";
  const op = forward !== spec.descending ? sql.raw(">") : sql.raw("<");
  const row = sql.join(spec.columns, sql`, `);
  const cursorKeys = sql.join(spec.cursorColumns, sql`, `);
  // A cursor row that is gone or not this event's compares as NULL: an empty page, never another event's row.
  return sql`(${row}) ${op} (select ${cursorKeys} from ${orders} as "cursor_row" where ${cursorRow.id} = ${cursor.id} and ${cursorRow.eventId} = ${eventId})`;
}

function orderBy(spec: SortSpec, reversed: boolean): SQL[] {
  const descending = spec.descending !== reversed;
  return spec.columns.map((c) => (descending ? sql`${c} desc` : sql`${c} asc`));
}

export type KeysetPage<T> = { rows: T[]; hasNext: boolean; hasPrevious: boolean };

type PageQueryArgs = {
  db: Db;
  event: Pick<DashboardEvent, "id" | "timeZone">;
  query: OrderQuery;
  canSeePersonal: boolean;
  cursor: OrderCursor | undefined;
  limit: number;
  /** The export needs answers and form versions; the table does not (they can be 64 KB an order). */
  withAnswers?: boolean;
};

/** The page query itself, unexecuted: what selectOrderPage runs and what the bench EXPLAINs (ADR 007). */
export function buildOrderPageQuery({
  db,
  event,
  query,
  canSeePersonal,
  cursor,
  limit,
  withAnswers = false,
}: PageQueryArgs) {
  const spec = sortSpec(query.sort);
  const where = orderConditions({ event, query, canSeePersonal });
  const backwards = cursor?.direction === "before";
  return db
    .select({
      id: orders.id,
      reference: orders.reference,
      createdAt: orders.createdAt,
      status: orders.status,
      attendeeName: orders.attendeeName,
      attendeeEmail: orders.attendeeEmail,
      totalMinor: orders.totalMinor,
      currency: orders.currency,
      formVersionId: orders.formVersionId,
      answers: withAnswers ? orders.answers : sql<Record<string, unknown> | null>`null`,
    })
    .from(orders)
    .where(cursor ? and(where, keysetCondition(spec, event.id, cursor)) : where)
    .orderBy(...orderBy(spec, backwards))
    .limit(limit + 1);
}

/**
 * One page of order rows in the sort's order, plus whether there is more on either side. Reads one row
 * beyond the page to know that, and pages backwards by reversing the order.
 */
export async function selectOrderPage(args: PageQueryArgs) {
  const rows = await buildOrderPageQuery(args);
  const { cursor, limit } = args;
  const backwards = cursor?.direction === "before";
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  if (backwards) page.reverse();
  return {
    rows: page,
    hasNext: backwards ? true : more,
    hasPrevious: cursor === undefined ? false : backwards ? more : true,
  };
}

/** How many orders match, counted up to `cap`: bounded work however large the event (ADR 007). */
async function countOrders({
  db,
  event,
  query,
  canSeePersonal,
  cap,
}: {
  db: Db;
  event: Pick<DashboardEvent, "id" | "timeZone">;
  query: OrderQuery;
  canSeePersonal: boolean;
  cap: number;
}): Promise<{ count: number; capped: boolean }> {
  const matching = db
    .select({ one: sql`1`.as("one") })
    .from(orders)
    .where(orderConditions({ event, query, canSeePersonal }))
    .limit(cap + 1)
    .as("matching");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matching);
  const n = row?.n ?? 0;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

export type OrderLineSummary = { itemName: string; variantLabel: string; quantity: number };

/** The lines of some orders, grouped by order id (one query on order_lines_order_id_idx). */
export async function linesOfOrders(db: Db, orderIds: string[]): Promise<Map<string, OrderLineSummary[]>> {
  const byOrder = new Map<string, OrderLineSummary[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await db
    .select({
      orderId: orderLines.orderId,
      itemName: orderLines.itemName,
      variantLabel: orderLines.variantLabel,
      quantity: orderLines.quantity,
    })
    .from(orderLines)
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(orderLines.orderId), asc(orderLines.itemName), asc(orderLines.variantLabel));
  for (const { orderId, ...line } of rows) {
    const list = byOrder.get(orderId) ?? [];
    list.push(line);
    byOrder.set(orderId, list);
  }
  return byOrder;
}

export function summariseLines(lines: OrderLineSummary[] | undefined): string {
  return (lines ?? [])
    .map((l) => `${l.quantity}× ${l.itemName}${l.variantLabel ? ` (${l.variantLabel})` : ""}`)
    .join(", ");
}

export type OrderRow = {
  id: string;
  reference: string;
  createdAt: string;
  /** In the event's time zone. */
  createdLocal: string;
  status: OrderStatus;
  /** Masked unless the member may see personal data. */
  name: string;
  email: string;
  items: string;
  totalMinor: number;
  currency: string;
};

export type OrdersPage = KeysetPage<OrderRow> & {
  total: { count: number; capped: boolean };
  masked: boolean;
};

/** Counting stops here: "1,000+ orders" costs the same at 1,001 orders as at 100,000 (ADR 007). */
const COUNT_CAP = 1_000;

/** The orders table: one page, its lines, and a capped count, masked for members without personal data access. */
export async function listOrders({
  db,
  event,
  filters,
  canSeePersonal,
}: {
  db: Db;
  event: DashboardEvent;
  filters: OrderFilters;
  canSeePersonal: boolean;
}): Promise<OrdersPage> {
  const query: OrderQuery = filters;
  const [page, total] = await Promise.all([
    selectOrderPage({
      db,
      event,
      query,
      canSeePersonal,
      cursor: filters.cursor,
      limit: filters.size,
    }),
    countOrders({ db, event, query, canSeePersonal, cap: COUNT_CAP }),
  ]);
  const lines = await linesOfOrders(
    db,
    page.rows.map((r) => r.id),
  );
  return {
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
    total,
    masked: !canSeePersonal,
    rows: page.rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      createdAt: r.createdAt.toISOString(),
      createdLocal: formatWallClock(r.createdAt, event.timeZone),
      status: r.status,
      ...shownAttendee(r, canSeePersonal ? null : { name: maskName, email: maskEmail }),
      items: summariseLines(lines.get(r.id)),
      totalMinor: r.totalMinor,
      currency: r.currency,
    })),
  };
}

export type FilterOptions = {
  items: { id: string; name: string; variants: { id: string; label: string }[] }[];
};

/** The event's items and variants for the filter menus (archived ones too: their orders still exist). */
export async function loadFilterOptions({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<FilterOptions> {
  const rows = await db
    .select({ itemId: items.id, itemName: items.name, variantId: variants.id, label: variants.label })
    .from(items)
    .leftJoin(variants, eq(variants.itemId, items.id))
    .where(eq(items.eventId, eventId))
    .orderBy(asc(items.displayOrder), asc(items.name), asc(variants.displayOrder), asc(variants.label));
  const byItem = new Map<string, FilterOptions["items"][number]>();
  for (const r of rows) {
    const item = byItem.get(r.itemId) ?? { id: r.itemId, name: r.itemName, variants: [] };
    if (r.variantId && r.label !== null) item.variants.push({ id: r.variantId, label: r.label });
    byItem.set(r.itemId, item);
  }
  return { items: [...byItem.values()] };
}

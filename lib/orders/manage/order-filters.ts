import { z } from "zod";
import { isStorableText } from "@/lib/validation/text";
import { orderStatusValues } from "@/db/schema/enum-values";
import type { OrderStatus } from "@/db/schema/orders";
import { limits } from "@/lib/limits";
import { isUuid } from "@/lib/format/uuid";

/**
 * The orders table's state as it lives in the URL (shareable, and the back button works): search, filters,
 * sort, cursor and page size. One schema shared by the table's loader and the CSV export, so an export
 * follows exactly the filters on screen. Parsing is lenient on purpose: a hand-edited or stale link drops
 * the parameter it cannot read instead of failing the page.
 */
export const orderSorts = ["newest", "oldest", "reference", "name", "status"] as const;
export type OrderSort = (typeof orderSorts)[number];

export const orderSortLabels: Record<OrderSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  reference: "Reference",
  name: "Attendee name",
  status: "Status",
};

export type CursorDirection = "after" | "before";
/** A keyset cursor names a row by id only: the sort keys (a name!) are looked up by the server, never sent. */
export type OrderCursor = { direction: CursorDirection; id: string };

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function encodeCursor(cursor: OrderCursor): string {
  return `${cursor.direction}.${cursor.id.toLowerCase()}`;
}

export function decodeCursor(value: unknown): OrderCursor | undefined {
  if (typeof value !== "string") return undefined;
  const [direction, id, ...rest] = value.split(".");
  if (rest.length > 0 || !id || !isUuid(id)) return undefined;
  if (direction !== "after" && direction !== "before") return undefined;
  return { direction, id: id.toLowerCase() };
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown): unknown[] =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];

function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const statuses: readonly string[] = orderStatusValues;
const isStatus = (value: unknown): value is OrderStatus =>
  typeof value === "string" && statuses.includes(value);

const orderFiltersSchema = z.object({
  q: z.preprocess(first, z.unknown()).transform((value) => {
    if (typeof value !== "string") return undefined;
    const trimmed = value.trim().slice(0, limits.searchMaxLength);
    // A filter is lenient (a bad one is dropped), but text Postgres cannot take must never reach the query.
    return trimmed === "" || !isStorableText(trimmed) ? undefined : trimmed;
  }),
  status: z
    .preprocess(all, z.array(z.unknown()))
    .transform((values) => [...new Set(values.flatMap((v) => (typeof v === "string" ? v.split(",") : [])))])
    .transform((values) => values.filter(isStatus)),
  item: z
    .preprocess(first, z.unknown())
    .transform((v) => (typeof v === "string" && isUuid(v) ? v : undefined)),
  variant: z
    .preprocess(first, z.unknown())
    .transform((v) => (typeof v === "string" && isUuid(v) ? v : undefined)),
  from: z.preprocess(first, z.unknown()).transform((v) => (isIsoDate(v) ? v : undefined)),
  to: z.preprocess(first, z.unknown()).transform((v) => (isIsoDate(v) ? v : undefined)),
  sort: z
    .preprocess(first, z.unknown())
    .transform((v): OrderSort =>
      (orderSorts as readonly unknown[]).includes(v) ? (v as OrderSort) : "newest",
    ),
  cursor: z.preprocess(first, z.unknown()).transform(decodeCursor),
  size: z.preprocess(first, z.unknown()).transform((v) => {
    const n = typeof v === "string" && /^\d{1,4}$/.test(v) ? Number(v) : NaN;
    return n >= 1 && n <= limits.pageSizeMax ? n : limits.pageSizeDefault;
  }),
});

export type OrderFilters = z.output<typeof orderFiltersSchema>;

/**
 * A loader's input: the event plus the table state. Typed as taking anything on the way in, because search
 * params are whatever the URL holds; the ids must be valid (else 404), the rest is read leniently.
 */
export const orderTableInput = z.preprocess(
  (raw) => raw,
  z.object({ orgId: z.uuid(), eventId: z.uuid() }).and(orderFiltersSchema),
);

export function parseOrderFilters(raw: Record<string, unknown>): OrderFilters {
  // Every field transforms instead of failing, so this cannot throw.
  return orderFiltersSchema.parse(raw);
}

/** The filters without the page position: what an export and the count follow. */
export type OrderQuery = Omit<OrderFilters, "cursor" | "size">;

/**
 * The URL search params of a table state, defaults left out so links stay short. `cursor` is dropped
 * unless given: changing a filter or the sort must start again at the first page.
 */
export function toSearchParams(
  filters: Partial<OrderFilters>,
  { cursor, keepSize = true }: { cursor?: OrderCursor; keepSize?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const status of filters.status ?? []) params.append("status", status);
  if (filters.item) params.set("item", filters.item);
  if (filters.variant) params.set("variant", filters.variant);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.sort && filters.sort !== "newest") params.set("sort", filters.sort);
  if (keepSize && filters.size && filters.size !== limits.pageSizeDefault)
    params.set("size", String(filters.size));
  if (cursor) params.set("cursor", encodeCursor(cursor));
  return params;
}

/** A summary of the filters for the audit log: ids, statuses and dates, never the search text itself. */
export function describeFiltersForAudit(query: OrderQuery): Record<string, unknown> {
  return {
    search: query.q === undefined ? null : looksLikeReference(query.q) ? query.q.toUpperCase() : "(text)",
    status: query.status,
    item: query.item ?? null,
    variant: query.variant ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    sort: query.sort,
  };
}

/** "DEV-7K3M9Q" and prefixes of it: safe to log, and what a reference search looks like. */
function looksLikeReference(term: string): boolean {
  return /^[A-Z0-9]{1,12}(-[A-Z0-9]{0,12})?$/i.test(term) && /[-\d]/.test(term);
}

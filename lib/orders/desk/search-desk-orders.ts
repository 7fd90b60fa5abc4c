import "server-only";
import { and, asc, eq, ilike, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, type OrderStatus } from "@/db/schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { teamStatusLabel } from "../manage/status-labels";

/** At most this many names come back: the desk is a phone, the person is standing in front of you. */
export const DESK_SEARCH_LIMIT = 10;

export type DeskSearchHit = {
  id: string;
  reference: string;
  attendeeName: string;
  status: OrderStatus;
  statusLabel: string;
};

/** `%` and `_` typed by staff are letters, not wildcards. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The fallback when the QR code will not scan and the reference is lost: this event's orders whose name
 * contains what was typed (the trigram index on attendee_name serves it). Only name, reference and status:
 * the desk opens the order by its reference to see the items.
 */
export async function searchDeskOrders({
  db,
  orgId,
  eventId,
  name,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  name: string;
}): Promise<DeskSearchHit[]> {
  const event = await getOrgEvent({ db, orgId, eventId });
  const rows = await db
    .select({
      id: orders.id,
      reference: orders.reference,
      attendeeName: orders.attendeeName,
      status: orders.status,
    })
    .from(orders)
    .where(
      and(
        eq(orders.eventId, event.id),
        isNull(orders.erasedAt),
        ilike(orders.attendeeName, `%${likeLiteral(name.trim())}%`),
      ),
    )
    .orderBy(asc(orders.attendeeName), asc(orders.id))
    .limit(DESK_SEARCH_LIMIT);
  return rows.map((r) => ({ ...r, statusLabel: teamStatusLabel(r.status) }));
}

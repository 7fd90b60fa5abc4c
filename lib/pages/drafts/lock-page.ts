import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, pageDrafts, type Event } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { isUuid } from "@/lib/format/uuid";
import { rejectStalePageDraft } from "./conflict";

/**
 * Serialises publishing and restoring for one event: the event row is locked (NO KEY UPDATE, so orders, whose
 * rows reference the event, are not held up), then the draft row; the revision must be the one the member
 * saw (they publish what they see), else the stale-draft conflict. Returns the event and the stored draft
 * (null: never saved, the member is looking at the starting page at revision 0).
 */
export async function lockPageForChange({
  tx,
  orgId,
  eventId,
  revision,
}: {
  tx: Db;
  orgId: string;
  eventId: string;
  revision: number;
}): Promise<{
  event: Event;
  draft: { document: unknown; theme: unknown; revision: number } | null;
}> {
  if (!isUuid(eventId)) throw new NotFoundError("event");
  const [event] = await tx
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.orgId, orgId)))
    .for("no key update");
  if (!event) throw new NotFoundError("event");
  const [draft] = await tx
    .select({ document: pageDrafts.document, theme: pageDrafts.theme, revision: pageDrafts.revision })
    .from(pageDrafts)
    .where(eq(pageDrafts.eventId, event.id))
    .for("update");
  if ((draft?.revision ?? 0) !== revision) return rejectStalePageDraft();
  return { event, draft: draft ?? null };
}

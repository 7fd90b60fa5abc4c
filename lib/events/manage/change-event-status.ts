import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { getOrgEvent } from "@/lib/events/org-event";
import { canChangeEventStatus, illegalEventStatusMessage, type EventStatus } from "./status-machine";

/**
 * Moves an event through its status machine, under a row lock so two clicks cannot both pass the check.
 * Publishing a draft also publishes its newest landing page version when none is published yet, so the
 * shop opens with the page the marketers prepared rather than the plain fallback.
 */
export async function changeEventStatus({
  db,
  orgId,
  eventId,
  actorUserId,
  to,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  actorUserId: string;
  to: EventStatus;
}): Promise<{ from: EventStatus; to: EventStatus; slug: string; pagePublished: boolean }> {
  return db.transaction(async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId, eventId, lock: true });
    const from = event.status;
    if (!canChangeEventStatus(from, to)) reject("conflict", illegalEventStatusMessage(from, to));

    await tx.update(events).set({ status: to, updatedAt: new Date() }).where(eq(events.id, event.id));
    const pagePublished = from === "draft" && to === "published" && (await publishNewestPage(tx, event.id));
    await recordAudit(tx, {
      orgId,
      actorUserId,
      action: "event.status_changed",
      targetType: "event",
      targetId: event.id,
      details: { from, to, ...(pagePublished ? { pagePublished } : {}) },
    });
    return { from, to, slug: event.slug, pagePublished };
  });
}

/** True when a version was published (there was none live and at least one draft). */
async function publishNewestPage(tx: Db, eventId: string): Promise<boolean> {
  const [live] = await tx
    .select({ id: eventPages.id })
    .from(eventPages)
    .where(and(eq(eventPages.eventId, eventId), isNotNull(eventPages.publishedAt)))
    .limit(1);
  if (live) return false;
  const [newest] = await tx
    .select({ id: eventPages.id })
    .from(eventPages)
    .where(eq(eventPages.eventId, eventId))
    .orderBy(desc(eventPages.version))
    .limit(1);
  if (!newest) return false;
  await tx.update(eventPages).set({ publishedAt: new Date() }).where(eq(eventPages.id, newest.id));
  return true;
}

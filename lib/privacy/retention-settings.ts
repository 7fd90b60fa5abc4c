import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getOrgEvent } from "@/lib/events/org-event";

/** The organisation's default retention period (days after an event ends before its orders are erased). */
export async function organisationRetentionDays(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ days: organisations.retentionDaysDefault })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.days ?? 90;
}

/** Changes the organisation's default; audited with the old and new days. Unchanged: nothing written. */
export async function setOrganisationRetention(
  db: Db,
  { orgId, days, userId }: { orgId: string; days: number; userId: string },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ days: organisations.retentionDaysDefault })
      .from(organisations)
      .where(eq(organisations.id, orgId))
      .for("update");
    const from = current!.days;
    if (from === days) return { changed: false as const, days };
    await tx.update(organisations).set({ retentionDaysDefault: days }).where(eq(organisations.id, orgId));
    await recordAudit(tx, {
      orgId,
      actorUserId: userId,
      action: "privacy.retention_changed",
      targetType: "organisation",
      targetId: orgId,
      details: { from, to: days },
    });
    return { changed: true as const, days };
  });
}

/** Sets or clears (null: the organisation's default) an event's retention period; audited. */
export async function setEventRetention(
  db: Db,
  { orgId, eventId, days, userId }: { orgId: string; eventId: string; days: number | null; userId: string },
) {
  return db.transaction(async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId, eventId, lock: true });
    const from = event.retentionDays;
    if (from === days) return { changed: false as const, eventName: event.name };
    await tx.update(events).set({ retentionDays: days }).where(eq(events.id, event.id));
    await recordAudit(tx, {
      orgId,
      actorUserId: userId,
      action: "privacy.retention_changed",
      targetType: "event",
      targetId: event.id,
      details: { from, to: days },
    });
    return { changed: true as const, eventName: event.name };
  });
}

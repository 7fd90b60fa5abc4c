import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formDrafts, formVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { rejectStaleDraft } from "./concurrency";
import { lockDraft } from "./publish";
import type { Actor } from "./save-draft";
import { getOrgEvent } from "@/lib/events/org-event";

/**
 * Makes an old version's fields the draft again (to publish it as a new version, or edit from it). The
 * version itself is untouched. The draft's revision advances, so another tab still editing the replaced
 * draft is told to reload rather than silently overwriting the restore.
 */
export async function restoreVersion({
  db,
  actor,
  eventId,
  version,
  revision,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  version: number;
  revision: number;
}): Promise<{ revision: number }> {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const draft = await lockDraft({ tx, event });
    if ((draft?.revision ?? 0) !== revision) {
      return rejectStaleDraft({ db: tx, eventId: event.id, timeZone: event.timeZone });
    }
    const [source] = await tx
      .select({ id: formVersions.id, fields: formVersions.fields })
      .from(formVersions)
      .where(and(eq(formVersions.eventId, event.id), eq(formVersions.version, version)));
    if (!source) return reject("not_found", `This form has no version ${version}.`);

    const values = {
      fields: source.fields as unknown[],
      basedOnVersion: version,
      updatedByUserId: actor.userId,
      updatedAt: sql`now()`,
    };
    const [row] = draft
      ? await tx
          .update(formDrafts)
          .set({ ...values, revision: sql`${formDrafts.revision} + 1` })
          .where(eq(formDrafts.eventId, event.id))
          .returning({ revision: formDrafts.revision })
      : await tx
          .insert(formDrafts)
          .values({ ...values, eventId: event.id, revision: 1 })
          .onConflictDoNothing({ target: formDrafts.eventId })
          .returning({ revision: formDrafts.revision });
    // A first draft created by someone else between the lock (which found no row) and this insert.
    if (!row) return rejectStaleDraft({ db: tx, eventId: event.id, timeZone: event.timeZone });
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId: actor.userId,
      action: "form.restored",
      targetType: "event",
      targetId: event.id,
      details: { version, formVersionId: source.id, fromRevision: revision, revision: row.revision },
    });
    return { revision: row.revision };
  });
}

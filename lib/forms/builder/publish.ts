import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, formDrafts, formVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { imageUrlsOf, lockBlobsByUrl } from "@/lib/storage/blob-references";
import { sameJson } from "@/lib/format/canonical-json";
import { rejectStaleDraft } from "./concurrency";
import { checkDraft, draftIssuesToFieldErrors } from "./issues";
import type { Actor } from "./save-draft";
import { newestFormVersion, type FormEvent } from "./newest-form-version";
import { getOrgEvent } from "@/lib/events/org-event";

/** The draft row, locked: publishing and restoring for one event are serialised on it. */
export async function lockDraft({ tx, event }: { tx: Db; event: FormEvent }) {
  const [draft] = await tx
    .select({
      fields: formDrafts.fields,
      revision: formDrafts.revision,
      basedOnVersion: formDrafts.basedOnVersion,
    })
    .from(formDrafts)
    .innerJoin(events, eq(events.id, formDrafts.eventId))
    .where(and(eq(formDrafts.eventId, event.id), eq(events.orgId, event.orgId)))
    .for("update", { of: formDrafts });
  return draft ?? null;
}

/**
 * Makes the draft the form's next immutable version, which attendees then answer. Under the draft's lock:
 * the revision must be the one the organiser saw (they publish what they see), the definitions must pass
 * the schema and its cross-field checks (every issue is returned, nothing is written), and the draft must
 * differ from the newest version. Versions are only ever inserted, never updated, so orders stay pinned.
 */
export async function publishDraft({
  db,
  actor,
  eventId,
  revision,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  revision: number;
}): Promise<{ version: number; fieldCount: number; event: FormEvent }> {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const draft = await lockDraft({ tx, event });
    if ((draft?.revision ?? 0) !== revision) {
      return rejectStaleDraft({ db: tx, eventId: event.id, timeZone: event.timeZone });
    }
    const newest = await newestFormVersion({ db: tx, eventId: event.id });
    if (!draft) {
      return reject(
        "conflict",
        newest
          ? `Nothing to publish: the form is the same as version ${newest.version}`
          : "Nothing to publish yet: add a field to the form first.",
      );
    }
    const check = checkDraft(draft.fields);
    if (!check.ok) {
      const count = check.issues.length;
      return reject(
        "invalid_input",
        `The form has ${count} ${count === 1 ? "problem" : "problems"} to fix before it can be published.`,
        draftIssuesToFieldErrors(check.issues),
      );
    }
    if (newest && sameJson(newest.fields, check.fields)) {
      return reject("conflict", `Nothing to publish: the form is the same as version ${newest.version}`);
    }
    if (!newest && check.fields.length === 0) {
      return reject("conflict", "Nothing to publish yet: add a field to the form first.");
    }

    await lockBlobsByUrl({ tx, orgId: event.orgId, urls: imageUrlsOf(check.fields) });
    const version = (newest?.version ?? 0) + 1;
    const [inserted] = await tx
      .insert(formVersions)
      .values({ eventId: event.id, version, fields: check.fields, publishedByUserId: actor.userId })
      .returning({ id: formVersions.id });
    await tx.update(formDrafts).set({ basedOnVersion: version }).where(eq(formDrafts.eventId, event.id));
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId: actor.userId,
      action: "form.published",
      targetType: "event",
      targetId: event.id,
      details: { version, fieldCount: check.fields.length, formVersionId: inserted?.id ?? null },
    });
    return { version, fieldCount: check.fields.length, event };
  });
}

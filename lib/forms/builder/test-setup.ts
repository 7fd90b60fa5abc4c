import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries, blobs, formDrafts, formVersions } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import type { FieldDefinitionInput } from "@/lib/forms/definitions";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { createTestUser } from "@/test/authz/users";

/**
 * A fresh organisation's published event (form version 1 unless `formFields: null`) with a member of each
 * role, and an outsider who owns another organisation with its own event.
 */
export async function formWorld(db: Db, options: { formFields?: FieldDefinitionInput[] | null } = {}) {
  const fixture = await createOrderFixture(db, { formFields: options.formFields });
  const orgId = fixture.event.orgId;
  const as = (role: Role, name: string) => createTestUser(db, { orgId, role, name });
  const other = await createOrderFixture(db);
  return {
    fixture,
    orgId,
    eventId: fixture.event.id,
    ref: { orgId, eventId: fixture.event.id },
    organiser: await as("organiser", "Olive Organiser"),
    owner: await as("owner", "Owen Owner"),
    viewer: await as("viewer", "Vic Viewer"),
    marketer: await as("marketer", "Mark Marketer"),
    outsider: await createTestUser(db, { orgId: other.event.orgId, role: "owner", name: "Outsider" }),
    other,
  };
}

/** Everything the builder can write for an event (and its organisation's blobs and audit), to prove "nothing changed". */
export async function formSnapshot(db: Db, { orgId, eventId }: { orgId: string; eventId: string }) {
  const [drafts, versions, audit, blobRows] = await Promise.all([
    db.select().from(formDrafts).where(eq(formDrafts.eventId, eventId)),
    db
      .select()
      .from(formVersions)
      .where(eq(formVersions.eventId, eventId))
      .orderBy(asc(formVersions.version)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEntries)
      .where(eq(auditEntries.orgId, orgId)),
    db.select({ id: blobs.id }).from(blobs).where(eq(blobs.orgId, orgId)),
  ]);
  return { drafts, versions, audit: audit[0]?.n ?? 0, blobs: blobRows.length };
}

export async function auditOf(db: Db, orgId: string, action: "form.published" | "form.restored") {
  return db
    .select({ details: auditEntries.details, actorUserId: auditEntries.actorUserId })
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, action)))
    .orderBy(asc(auditEntries.id));
}

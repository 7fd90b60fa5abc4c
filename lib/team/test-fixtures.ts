import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries, invitations, memberships, outboxMessages } from "@/db/schema";
import { createTestOrg } from "@/test/db";
import { createTestUser } from "@/test/authz/users";

/** An organisation of its own with one owner: each test's team never meets another's. */
export async function createTeam(db: Db) {
  const org = await createTestOrg(db);
  const owner = await createTestUser(db, { orgId: org.id, role: "owner", name: "Olivia Owner" });
  return { orgId: org.id, orgName: org.name, owner };
}

export async function auditOf(db: Db, orgId: string) {
  return db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId)).orderBy(desc(auditEntries.id));
}

export async function invitationsOf(db: Db, orgId: string) {
  return db.select().from(invitations).where(eq(invitations.orgId, orgId)).orderBy(invitations.createdAt);
}

export async function membersOf(db: Db, orgId: string) {
  return db.select().from(memberships).where(eq(memberships.orgId, orgId));
}

/** Invitation emails have no event: they are found by their invitation id. */
export async function invitationEmails(db: Db, invitationId: string) {
  return db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.template, "invitation"),
        sql`${outboxMessages.payload}->>'invitationId' = ${invitationId}`,
      ),
    );
}

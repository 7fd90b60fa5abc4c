import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";

export { createOrganisationSchema } from "./organisation-schema";

/** Creates an organisation with its creator as the first owner. */
export async function createOrganisation(
  db: Db,
  { userId, name }: { userId: string; name: string },
): Promise<{ id: string; name: string }> {
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ name }).returning();
    if (!org) throw new Error("organisation insert returned no row");
    await tx.insert(memberships).values({ orgId: org.id, userId, role: "owner" });
    await recordAudit(tx, {
      orgId: org.id,
      actorUserId: userId,
      action: "organisation.created",
      targetType: "organisation",
      targetId: org.id,
    });
    return { id: org.id, name: org.name };
  });
}

export interface MembershipSummary {
  orgId: string;
  orgName: string;
  role: Role;
}

/** The organisations a user belongs to, by name: the org switcher's list. */
export async function listMemberships(db: Db, { userId }: { userId: string }): Promise<MembershipSummary[]> {
  return db
    .select({ orgId: organisations.id, orgName: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

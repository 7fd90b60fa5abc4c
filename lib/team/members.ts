import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Member } from "@/lib/auth/authorize";
import { ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import type { Role } from "@/lib/auth/permissions";
import { reject } from "@/lib/validation/action-result";

export interface TeamMember {
  userId: string;
  name: string | null;
  /** Nullable in the Auth.js users table (an OAuth account without one); shown as the name then. */
  email: string | null;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(db: Db, { orgId }: { orgId: string }): Promise<TeamMember[]> {
  return db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.email), asc(memberships.userId));
}

export const LAST_OWNER_MESSAGE =
  "An organisation always keeps at least one owner: make someone else an owner first.";

/**
 * Locks the organisation's owner memberships (in one order, so two callers cannot deadlock) and the target's
 * membership. Every change that could take away an owner goes through here, so two owners demoting or removing
 * each other at once are serialised: the second sees the first's change (Postgres re-checks `role = 'owner'` on
 * the updated row) and counts one owner left. Also re-checks, under the lock, that the actor is still an owner.
 */
async function lockForOwnerChange(tx: Db, { member, userId }: { member: Member; userId: string }) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, member.orgId), eq(memberships.role, "owner")))
    .orderBy(asc(memberships.userId))
    .for("update");
  if (!owners.some((o) => o.userId === member.userId)) throw new ForbiddenError();
  const [target] = await tx
    .select({ userId: memberships.userId, role: memberships.role, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, member.orgId), eq(memberships.userId, userId)))
    .for("update", { of: memberships });
  if (!target) throw new NotFoundError("member");
  return {
    ownerCount: owners.length,
    target: { ...target, label: target.email ?? target.name ?? "the member" },
  };
}

export async function changeMemberRole(
  db: Db,
  { member, userId, role }: { member: Member; userId: string; role: Role },
): Promise<{ label: string; from: Role; to: Role; changed: boolean }> {
  return db.transaction(async (tx) => {
    const { ownerCount, target } = await lockForOwnerChange(tx, { member, userId });
    if (target.role === role) return { label: target.label, from: role, to: role, changed: false };
    if (target.role === "owner" && ownerCount <= 1) {
      reject("conflict", LAST_OWNER_MESSAGE, { role: [LAST_OWNER_MESSAGE] });
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, member.orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      orgId: member.orgId,
      actorUserId: member.userId,
      action: "member.role_changed",
      targetType: "member",
      targetId: userId,
      details: { from: target.role, to: role },
    });
    return { label: target.label, from: target.role, to: role, changed: true };
  });
}

/** Removes a member (an owner may remove themselves while another owner remains). */
export async function removeMember(
  db: Db,
  { member, userId }: { member: Member; userId: string },
): Promise<{ label: string; self: boolean }> {
  return db.transaction(async (tx) => {
    const { ownerCount, target } = await lockForOwnerChange(tx, { member, userId });
    if (target.role === "owner" && ownerCount <= 1) reject("conflict", LAST_OWNER_MESSAGE);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.orgId, member.orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      orgId: member.orgId,
      actorUserId: member.userId,
      action: "member.removed",
      targetType: "member",
      targetId: userId,
      details: { role: target.role },
    });
    return { label: target.label, self: userId === member.userId };
  });
}

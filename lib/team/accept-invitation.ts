import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normaliseEmail } from "@/lib/auth/email";
import type { Role } from "@/lib/auth/permissions";
import { reject } from "@/lib/validation/action-result";
import { hashInvitationToken, isWellFormedInvitationToken } from "@/lib/crypto/invitation-token";

export type InvitationStatus =
  | "ready"
  | "expired"
  | "revoked"
  /** Accepted already; `alreadyMember` says whether the viewer is in the organisation. */
  | "accepted"
  /** The signed-in user's email is not the invited one. */
  | "wrong_email";

export type InvitationView =
  | { status: "invalid" }
  | {
      status: InvitationStatus;
      org: { id: string; name: string };
      role: Role;
      invitedEmail: string;
      signedInEmail: string;
      inviter: { name: string | null; email: string } | null;
      expiresAt: Date;
      alreadyMember: boolean;
    };

async function findByToken(db: Db, token: string) {
  if (!isWellFormedInvitationToken(token)) return undefined;
  const [row] = await db
    .select({
      id: invitations.id,
      orgId: invitations.orgId,
      orgName: organisations.name,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      inviterName: users.name,
      inviterEmail: users.email,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  return row;
}

async function isMember(db: Db, { orgId, userId }: { orgId: string; userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return Boolean(row);
}

function statusOf(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date; email: string },
  user: CurrentUser,
  now: Date,
): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (normaliseEmail(user.email) !== normaliseEmail(row.email)) return "wrong_email";
  return "ready";
}

/** What the accept page shows for a token: the invitation's state for this user, or "invalid". */
export async function viewInvitation(
  db: Db,
  { token, user, now = new Date() }: { token: string; user: CurrentUser; now?: Date },
): Promise<InvitationView> {
  const row = await findByToken(db, token);
  if (!row) return { status: "invalid" };
  return {
    status: statusOf(row, user, now),
    org: { id: row.orgId, name: row.orgName },
    role: row.role,
    invitedEmail: row.email,
    signedInEmail: user.email,
    inviter: row.inviterEmail ? { name: row.inviterName, email: row.inviterEmail } : null,
    expiresAt: row.expiresAt,
    alreadyMember: await isMember(db, { orgId: row.orgId, userId: user.id }),
  };
}

export const invitationMessages = {
  invalid: "This invitation link is not valid. Ask the person who invited you for a new one.",
  expired: "This invitation has expired. Ask the person who invited you to send it again.",
  revoked: "This invitation was withdrawn. Ask the person who invited you for a new one.",
  accepted: "This invitation has already been used.",
} as const;

/**
 * Accepts an invitation for the signed-in user: the membership and `acceptedAt` in one transaction, with the
 * invitation row locked so a double click (or two tabs) creates one membership. A repeat by the same person
 * after it succeeded answers as a success (`alreadyAccepted`), so the second click also lands in the
 * organisation. Someone who was already a member keeps their role.
 */
export async function acceptInvitation(
  db: Db,
  { token, user, now = new Date() }: { token: string; user: CurrentUser; now?: Date },
): Promise<{ orgId: string; orgName: string; role: Role; alreadyAccepted: boolean; keptRole: boolean }> {
  if (!isWellFormedInvitationToken(token)) reject("not_found", invitationMessages.invalid);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)))
      .for("update");
    if (!row) reject("not_found", invitationMessages.invalid);
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, row.orgId));
    const orgName = org?.name ?? "the organisation";
    const status = statusOf(row, user, now);
    const member = await isMember(tx, { orgId: row.orgId, userId: user.id });
    if (status === "accepted" && member && normaliseEmail(user.email) === row.email) {
      return { orgId: row.orgId, orgName, role: row.role, alreadyAccepted: true, keptRole: false };
    }
    if (status === "wrong_email") {
      reject(
        "forbidden",
        `This invitation is for ${row.email}; you are signed in as ${user.email}. Sign out and sign in with ${row.email} to accept it.`,
      );
    }
    if (status !== "ready") reject("conflict", invitationMessages[status]);

    const inserted = await tx
      .insert(memberships)
      .values({ orgId: row.orgId, userId: user.id, role: row.role })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, row.id));
    await recordAudit(tx, {
      orgId: row.orgId,
      actorUserId: user.id,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: row.id,
      details: { role: row.role, userId: user.id, alreadyMember: inserted.length === 0 },
    });
    return {
      orgId: row.orgId,
      orgName,
      role: row.role,
      alreadyAccepted: false,
      keptRole: inserted.length === 0,
    };
  });
}

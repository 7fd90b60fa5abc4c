import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Member } from "@/lib/auth/authorize";
import { normaliseEmail } from "@/lib/auth/email";
import { NotFoundError } from "@/lib/auth/errors";
import type { Role } from "@/lib/auth/permissions";
import { reject } from "@/lib/validation/action-result";
import { limits } from "@/lib/limits";
import { enqueueEmail } from "@/lib/mail/outbox";
import { hashInvitationToken, invitationToken } from "@/lib/crypto/invitation-token";

export interface Inviter {
  id: string;
  name: string | null;
  email: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: { name: string | null; email: string } | null;
  expiresAt: Date;
  createdAt: Date;
}

/** Invitations neither accepted nor revoked, expired ones included (the page offers to resend them). */
export async function listPendingInvitations(
  db: Db,
  { orgId }: { orgId: string },
): Promise<PendingInvitation[]> {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      inviterName: users.name,
      inviterEmail: users.email,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.orgId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.email), asc(invitations.createdAt));
  return rows.map(({ inviterName, inviterEmail, ...row }) => ({
    ...row,
    invitedBy: inviterEmail ? { name: inviterName, email: inviterEmail } : null,
  }));
}

async function orgName(tx: Db, orgId: string): Promise<string> {
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw new NotFoundError("organisation");
  return org.name;
}

/** Queues the invitation email inside the caller's transaction; the link itself is derived at send time. */
async function queueInvitationEmail(
  tx: Db,
  {
    invitationId,
    orgId,
    email,
    role,
    inviter,
    expiresAt,
  }: { invitationId: string; orgId: string; email: string; role: Role; inviter: Inviter; expiresAt: Date },
): Promise<void> {
  await enqueueEmail(tx, {
    eventId: null,
    template: "invitation",
    to: email,
    payload: {
      invitationId,
      orgName: await orgName(tx, orgId),
      inviterName: inviter.name,
      inviterEmail: inviter.email,
      role,
      expiresAt: expiresAt.toISOString(),
    },
  });
}

/**
 * Invites an email address with a role: a new invitation row (only the sha256 of its token is stored) and its
 * email in the outbox, in one transaction. A pending invitation for the same address is revoked and replaced,
 * so only the newest link works. Someone who is already a member is refused with a field error.
 */
export async function inviteMember(
  db: Db,
  { member, inviter, email: rawEmail, role }: { member: Member; inviter: Inviter; email: string; role: Role },
): Promise<{ invitationId: string; email: string; replaced: boolean; expiresAt: Date }> {
  const email = normaliseEmail(rawEmail);
  const orgId = member.orgId;
  return db.transaction(async (tx) => {
    // Serialises invitations to one organisation, so two concurrent invites of one address leave one pending.
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, orgId))
      .for("update");
    const [existing] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(users.email, email)));
    if (existing) {
      reject("invalid_input", "Please correct the highlighted fields.", {
        email: [`${email} is already a member of this organisation.`],
      });
    }
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.orgId, orgId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    for (const old of replaced) {
      await recordAudit(tx, {
        orgId,
        actorUserId: inviter.id,
        action: "invitation.revoked",
        targetType: "invitation",
        targetId: old.id,
        details: { role, reason: "replaced" },
      });
    }
    // The id is chosen here so the token (derived from it) is known before the row is written.
    const invitationId = randomUUID();
    const expiresAt = new Date(Date.now() + limits.invitationMaxAgeMs);
    await tx.insert(invitations).values({
      id: invitationId,
      orgId,
      email,
      role,
      tokenHash: hashInvitationToken(invitationToken(invitationId)),
      invitedByUserId: inviter.id,
      expiresAt,
    });
    await queueInvitationEmail(tx, { invitationId, orgId, email, role, inviter, expiresAt });
    await recordAudit(tx, {
      orgId,
      actorUserId: inviter.id,
      action: "member.invited",
      targetType: "invitation",
      targetId: invitationId,
      details: { role, replacedInvitationIds: replaced.map((r) => r.id) },
    });
    return { invitationId, email, replaced: replaced.length > 0, expiresAt };
  });
}

/** The pending invitation, locked, or NotFoundError when it is another organisation's or no longer pending. */
async function lockPending(tx: Db, { orgId, invitationId }: { orgId: string; invitationId: string }) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.orgId, orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .for("update");
  if (!row) throw new NotFoundError("invitation");
  return row;
}

export async function revokeInvitation(
  db: Db,
  { member, invitationId }: { member: Member; invitationId: string },
): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const row = await lockPending(tx, { orgId: member.orgId, invitationId });
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, row.id));
    await recordAudit(tx, {
      orgId: member.orgId,
      actorUserId: member.userId,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: row.id,
      details: { role: row.role },
    });
    return { email: row.email };
  });
}

/**
 * Mails the same link again (the token is derived from the id) and gives it a fresh expiry, so an expired
 * invitation can be revived without a new row. Audited as member.invited with `resent: true`.
 */
export async function resendInvitation(
  db: Db,
  { member, inviter, invitationId }: { member: Member; inviter: Inviter; invitationId: string },
): Promise<{ email: string; expiresAt: Date }> {
  return db.transaction(async (tx) => {
    const row = await lockPending(tx, { orgId: member.orgId, invitationId });
    const expiresAt = new Date(Date.now() + limits.invitationMaxAgeMs);
    // The hash is written again too: harmless for our own rows, and it repairs rows imported without one.
    await tx
      .update(invitations)
      .set({ tokenHash: hashInvitationToken(invitationToken(row.id)), expiresAt })
      .where(eq(invitations.id, row.id));
    await queueInvitationEmail(tx, {
      invitationId: row.id,
      orgId: member.orgId,
      email: row.email,
      role: row.role,
      inviter,
      expiresAt,
    });
    await recordAudit(tx, {
      orgId: member.orgId,
      actorUserId: member.userId,
      action: "member.invited",
      targetType: "invitation",
      targetId: row.id,
      details: { role: row.role, resent: true },
    });
    return { email: row.email, expiresAt };
  });
}

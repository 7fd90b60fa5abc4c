import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { inviteMemberAction, revokeInvitationAction } from "@/app/dashboard/[orgId]/team/actions";
import { acceptInvitationAction } from "@/app/dashboard/invite/[token]/actions";
import { loadInvitation } from "@/app/dashboard/invite/[token]/loaders";
import { invitations, memberships } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { invitationToken } from "@/lib/crypto/invitation-token";
import { auditOf, createTeam, invitationsOf, membersOf } from "./test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

/** An organisation, an invitation of a fresh user's address (in other case), and that user's token. */
async function invitationFor(role: Role = "organiser") {
  const db = testDb();
  const team = await createTeam(db);
  const invitee = await createTestUser(db, { name: "Ivy Invitee" });
  actAs(team.owner);
  const invited = await inviteMemberAction({ orgId: team.orgId, email: invitee.email.toUpperCase(), role });
  if (!invited.ok) throw new Error(invited.message);
  const invitationId = invited.data.invitationId;
  return { db, team, invitee, invitationId, token: invitationToken(invitationId) };
}

describe(`accepting an invitation (${testDriver()})`, () => {
  it("shows the organisation, role and inviter, then joins with an audit entry", async () => {
    const { db, team, invitee, invitationId, token } = await invitationFor("organiser");
    actAs(invitee);
    const view = await loadInvitation({ token });
    expect(view).toMatchObject({
      status: "ready",
      org: { id: team.orgId, name: team.orgName },
      role: "organiser",
      invitedEmail: invitee.email,
      inviter: { name: "Olivia Owner", email: team.owner.email },
      alreadyMember: false,
    });

    const result = await acceptInvitationAction({ token });
    expect(result).toMatchObject({ ok: true, data: { orgId: team.orgId } });
    expect(result.ok && result.message).toBe(`You joined ${team.orgName} as Organiser.`);
    const member = (await membersOf(db, team.orgId)).find((m) => m.userId === invitee.id);
    expect(member?.role).toBe("organiser");
    const [row] = await invitationsOf(db, team.orgId);
    expect(row!.acceptedAt).not.toBeNull();
    expect((await auditOf(db, team.orgId))[0]).toMatchObject({
      action: "invitation.accepted",
      actorUserId: invitee.id,
      targetType: "invitation",
      targetId: invitationId,
      details: { role: "organiser", userId: invitee.id },
    });
    expect(await loadInvitation({ token })).toMatchObject({ status: "accepted", alreadyMember: true });
  });

  it("a double click creates one membership, and both clicks land in the organisation", async () => {
    const { db, team, invitee, token } = await invitationFor("viewer");
    actAs(invitee);
    const results = await Promise.all([acceptInvitationAction({ token }), acceptInvitationAction({ token })]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results.map((r) => r.ok && r.data.orgId)).toEqual([team.orgId, team.orgId]);
    expect((await membersOf(db, team.orgId)).filter((m) => m.userId === invitee.id)).toHaveLength(1);
    expect((await auditOf(db, team.orgId)).filter((a) => a.action === "invitation.accepted")).toHaveLength(1);
  });

  it("refuses another signed-in account and explains whose invitation it is", async () => {
    const { db, team, invitee, token } = await invitationFor();
    const someoneElse = await createTestUser(db);
    actAs(someoneElse);
    expect(await loadInvitation({ token })).toMatchObject({
      status: "wrong_email",
      invitedEmail: invitee.email,
      signedInEmail: someoneElse.email,
    });
    const result = await acceptInvitationAction({ token });
    expect(result).toMatchObject({
      ok: false,
      code: "forbidden",
      message: `This invitation is for ${invitee.email}; you are signed in as ${someoneElse.email}. Sign out and sign in with ${invitee.email} to accept it.`,
    });
    expect((await membersOf(db, team.orgId)).map((m) => m.userId)).toEqual([team.owner.id]);
    const [row] = await invitationsOf(db, team.orgId);
    expect(row!.acceptedAt).toBeNull();
  });

  it("refuses an expired invitation", async () => {
    const { db, team, invitee, invitationId, token } = await invitationFor();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitationId));
    actAs(invitee);
    expect(await loadInvitation({ token })).toMatchObject({ status: "expired" });
    expect(await acceptInvitationAction({ token })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "This invitation has expired. Ask the person who invited you to send it again.",
    });
    expect(await membersOf(db, team.orgId)).toHaveLength(1);
  });

  it("refuses a revoked invitation and a replaced one", async () => {
    const { db, team, invitee, invitationId, token } = await invitationFor();
    actAs(team.owner);
    await revokeInvitationAction({ orgId: team.orgId, invitationId });
    actAs(invitee);
    expect(await loadInvitation({ token })).toMatchObject({ status: "revoked" });
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: false, code: "conflict" });

    // Re-invited: the old link stays dead, the new one works.
    actAs(team.owner);
    const again = await inviteMemberAction({ orgId: team.orgId, email: invitee.email, role: "viewer" });
    const again2 = await inviteMemberAction({ orgId: team.orgId, email: invitee.email, role: "marketer" });
    if (!again.ok || !again2.ok) throw new Error("re-invite failed");
    actAs(invitee);
    expect(await acceptInvitationAction({ token: invitationToken(again.data.invitationId) })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await acceptInvitationAction({ token: invitationToken(again2.data.invitationId) })).toMatchObject({
      ok: true,
    });
    expect((await membersOf(db, team.orgId)).find((m) => m.userId === invitee.id)?.role).toBe("marketer");
  });

  it("a used invitation cannot be used by someone else", async () => {
    const { db, team, invitee, invitationId, token } = await invitationFor();
    actAs(invitee);
    await acceptInvitationAction({ token });
    // Another account somehow carrying the same address (a second login method) cannot reuse the link.
    await db.update(invitations).set({ email: "shared@example.com" }).where(eq(invitations.id, invitationId));
    const other = await createTestUser(db);
    actAs({ ...other, email: "shared@example.com" });
    expect(await acceptInvitationAction({ token })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "This invitation has already been used.",
    });
    expect(await membersOf(db, team.orgId)).toHaveLength(2);
  });

  it("answers unknown and malformed tokens with 'not valid'", async () => {
    const db = testDb();
    const user = await createTestUser(db);
    actAs(user);
    for (const token of [invitationToken(randomUUID()), "short", "a".repeat(43)]) {
      expect(await loadInvitation({ token })).toEqual({ status: "invalid" });
      expect(await acceptInvitationAction({ token })).toMatchObject({ ok: false, code: "not_found" });
    }
  });

  it("keeps the role of someone who is already a member", async () => {
    const { db, team, invitee, token } = await invitationFor("viewer");
    await db.insert(memberships).values({
      orgId: team.orgId,
      userId: invitee.id,
      role: "organiser",
    });
    actAs(invitee);
    const result = await acceptInvitationAction({ token });
    expect(result).toMatchObject({
      ok: true,
      message: `You were already a member of ${team.orgName}; your role is unchanged.`,
    });
    expect((await membersOf(db, team.orgId)).find((m) => m.userId === invitee.id)?.role).toBe("organiser");
  });
});

describe(`the accept page (${testDriver()})`, () => {
  it("sends a signed-out visitor to sign in with the invitation as the place to return to", async () => {
    const { default: InvitationPage } = await import("@/app/dashboard/invite/[token]/page");
    const token = invitationToken(randomUUID());
    actAs(null);
    const error = await InvitationPage({ params: Promise.resolve({ token }) }).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(error?.digest).toContain(
      `/dashboard/sign-in?callbackUrl=${encodeURIComponent(`/dashboard/invite/${token}`)}`,
    );
  });
});

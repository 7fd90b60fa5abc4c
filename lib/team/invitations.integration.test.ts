import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import {
  inviteMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/app/dashboard/[orgId]/team/actions";
import { invitations } from "@/db/schema";
import { limits } from "@/lib/limits";
import { renderMessage } from "@/lib/mail/render";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { hashInvitationToken, invitationToken } from "@/lib/crypto/invitation-token";
import { auditOf, createTeam, invitationEmails, invitationsOf } from "./test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.com`;

describe(`inviting (${testDriver()})`, () => {
  it("creates the invitation with only the token's hash, its email in the outbox and an audit entry", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const email = newEmail();
    const before = Date.now();
    const result = await inviteMemberAction({
      orgId: team.orgId,
      email: `  ${email.toUpperCase()} `,
      role: "marketer",
    });
    expect(result).toMatchObject({
      ok: true,
      message: `Invited ${email} as Marketer. The email is on its way.`,
    });
    if (!result.ok) return;
    const [row] = await invitationsOf(db, team.orgId);
    expect(row).toMatchObject({
      id: result.data.invitationId,
      email,
      role: "marketer",
      invitedByUserId: team.owner.id,
    });
    const token = invitationToken(row!.id);
    expect(row!.tokenHash).toBe(hashInvitationToken(token));
    expect(row!.tokenHash).not.toContain(token);
    const age = row!.expiresAt.getTime() - before;
    expect(age).toBeGreaterThanOrEqual(limits.invitationMaxAgeMs - 1000);
    expect(age).toBeLessThanOrEqual(limits.invitationMaxAgeMs + 60_000);

    const mails = await invitationEmails(db, row!.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: email, eventId: null });
    expect(mails[0]!.payload).toMatchObject({
      invitationId: row!.id,
      orgName: team.orgName,
      inviterName: "Olivia Owner",
      inviterEmail: team.owner.email,
      role: "marketer",
      expiresAt: row!.expiresAt.toISOString(),
    });
    expect(JSON.stringify(mails[0]!.payload)).not.toContain(token);
    // The link rendered at send time carries the token whose hash is stored.
    const rendered = await renderMessage(mails[0]!);
    expect(rendered.text).toContain(`/dashboard/invite/${token}`);

    const [audit] = await auditOf(db, team.orgId);
    expect(audit).toMatchObject({
      action: "member.invited",
      actorUserId: team.owner.id,
      targetType: "invitation",
      targetId: row!.id,
      details: { role: "marketer", replacedInvitationIds: [] },
    });
  });

  it("returns every field's error at once and writes nothing", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const result = await inviteMemberAction({ orgId: team.orgId, email: "not-an-email", role: "admin" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(result.fieldErrors.email).toEqual(["Enter an email address like name@example.com"]);
    expect(result.fieldErrors.role).toEqual(["Choose one of the roles"]);
    const empty = await inviteMemberAction({ orgId: team.orgId, email: " ", role: "viewer" });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter the email address of the person to invite"] },
    });
    const long = await inviteMemberAction({
      orgId: team.orgId,
      email: `${"a".repeat(250)}@example.com`,
      role: "viewer",
    });
    expect(long).toMatchObject({ ok: false, fieldErrors: { email: ["That email address is too long"] } });
    expect(await invitationsOf(db, team.orgId)).toEqual([]);
    expect(await auditOf(db, team.orgId)).toEqual([]);
  });

  it("refuses someone who is already a member with a field error", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const member = await createTestUser(db, { orgId: team.orgId, role: "viewer" });
    actAs(team.owner);
    const result = await inviteMemberAction({
      orgId: team.orgId,
      email: member.email.toUpperCase(),
      role: "organiser",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { email: [`${member.email} is already a member of this organisation.`] },
    });
    expect(await invitationsOf(db, team.orgId)).toEqual([]);
  });

  it("re-inviting a pending address revokes the old invitation and issues a new token", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const email = newEmail();
    const first = await inviteMemberAction({ orgId: team.orgId, email, role: "viewer" });
    const second = await inviteMemberAction({ orgId: team.orgId, email, role: "organiser" });
    expect(second).toMatchObject({ ok: true });
    expect(second.ok && second.message).toContain("The earlier invitation's link no longer works.");
    if (!first.ok || !second.ok) return;
    const rows = await invitationsOf(db, team.orgId);
    expect(rows).toHaveLength(2);
    const old = rows.find((r) => r.id === first.data.invitationId)!;
    const fresh = rows.find((r) => r.id === second.data.invitationId)!;
    expect(old.revokedAt).not.toBeNull();
    expect(fresh).toMatchObject({ revokedAt: null, role: "organiser" });
    expect(fresh.tokenHash).not.toBe(old.tokenHash);
    const actions = (await auditOf(db, team.orgId)).map((a) => [a.action, a.targetId]);
    expect(actions).toEqual([
      ["member.invited", fresh.id],
      ["invitation.revoked", old.id],
      ["member.invited", old.id],
    ]);
  });

  it("two concurrent invitations of one address leave one pending", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const email = newEmail();
    const results = await Promise.all(
      [0, 1, 2].map(() => inviteMemberAction({ orgId: team.orgId, email, role: "viewer" })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const pending = (await invitationsOf(db, team.orgId)).filter((r) => !r.revokedAt);
    expect(pending).toHaveLength(1);
  });
});

describe(`revoking and resending (${testDriver()})`, () => {
  async function invited() {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const result = await inviteMemberAction({ orgId: team.orgId, email: newEmail(), role: "viewer" });
    if (!result.ok) throw new Error(result.message);
    return { db, team, invitationId: result.data.invitationId };
  }

  it("revokes a pending invitation once, with an audit entry", async () => {
    const { db, team, invitationId } = await invited();
    const result = await revokeInvitationAction({ orgId: team.orgId, invitationId });
    expect(result).toMatchObject({ ok: true });
    const [row] = await invitationsOf(db, team.orgId);
    expect(row!.revokedAt).not.toBeNull();
    expect((await auditOf(db, team.orgId))[0]).toMatchObject({
      action: "invitation.revoked",
      targetId: invitationId,
      actorUserId: team.owner.id,
    });
    const again = await revokeInvitationAction({ orgId: team.orgId, invitationId });
    expect(again).toMatchObject({ ok: false, code: "not_found" });
    expect(await resendInvitationAction({ orgId: team.orgId, invitationId })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("resends the same link with a fresh expiry", async () => {
    const { db, team, invitationId } = await invited();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitationId));
    const [before] = await invitationsOf(db, team.orgId);
    const result = await resendInvitationAction({ orgId: team.orgId, invitationId });
    expect(result).toMatchObject({ ok: true });
    const [after] = await invitationsOf(db, team.orgId);
    expect(after!.tokenHash).toBe(before!.tokenHash);
    expect(after!.expiresAt.getTime()).toBeGreaterThan(Date.now() + limits.invitationMaxAgeMs - 60_000);
    const mails = await invitationEmails(db, invitationId);
    expect(mails).toHaveLength(2);
    const [a, b] = await Promise.all(mails.map((m) => renderMessage(m)));
    expect(a!.text).toContain(invitationToken(invitationId));
    expect(b!.text).toContain(invitationToken(invitationId));
    expect((await auditOf(db, team.orgId))[0]).toMatchObject({
      action: "member.invited",
      targetId: invitationId,
      details: { role: "viewer", resent: true },
    });
  });

  it("never touches another organisation's invitation, nor an accepted one", async () => {
    const { db, team, invitationId } = await invited();
    const other = await createTeam(db);
    actAs(other.owner);
    for (const action of [revokeInvitationAction, resendInvitationAction]) {
      expect(await action({ orgId: other.orgId, invitationId })).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await action({ orgId: team.orgId, invitationId })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    await db.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitationId));
    actAs(team.owner);
    expect(await revokeInvitationAction({ orgId: team.orgId, invitationId })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await invitationEmails(db, invitationId)).toHaveLength(1);
    const [row] = await invitationsOf(db, team.orgId);
    expect(row!.revokedAt).toBeNull();
  });

  it("refuses malformed ids with field errors", async () => {
    const { team } = await invited();
    const result = await revokeInvitationAction({ orgId: team.orgId, invitationId: "nope" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { invitationId: ["Choose an invitation"] },
    });
  });
});

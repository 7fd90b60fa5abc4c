import { describe, expect, it, vi } from "vitest";
import { changeMemberRoleAction, removeMemberAction } from "@/app/dashboard/[orgId]/team/actions";
import { loadTeam } from "@/app/dashboard/[orgId]/team/loaders";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { LAST_OWNER_MESSAGE } from "./members";
import { auditOf, createTeam, membersOf } from "./test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const roleOf = async (orgId: string, userId: string) =>
  (await membersOf(testDb(), orgId)).find((m) => m.userId === userId)?.role ?? null;

describe(`changing roles (${testDriver()})`, () => {
  it("changes a member's role with an audit entry {from, to}", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const viewer = await createTestUser(db, { orgId: team.orgId, role: "viewer" });
    actAs(team.owner);
    const result = await changeMemberRoleAction({ orgId: team.orgId, userId: viewer.id, role: "organiser" });
    expect(result).toMatchObject({ ok: true, message: `${viewer.email} is now Organiser (was Viewer).` });
    expect(await roleOf(team.orgId, viewer.id)).toBe("organiser");
    expect((await auditOf(db, team.orgId))[0]).toMatchObject({
      action: "member.role_changed",
      actorUserId: team.owner.id,
      targetType: "member",
      targetId: viewer.id,
      details: { from: "viewer", to: "organiser" },
    });
  });

  it("changing to the same role changes and records nothing", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const viewer = await createTestUser(db, { orgId: team.orgId, role: "viewer" });
    actAs(team.owner);
    const result = await changeMemberRoleAction({ orgId: team.orgId, userId: viewer.id, role: "viewer" });
    expect(result).toMatchObject({ ok: true });
    expect(await auditOf(db, team.orgId)).toEqual([]);
  });

  it("refuses to demote the last owner, also themselves", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    const result = await changeMemberRoleAction({
      orgId: team.orgId,
      userId: team.owner.id,
      role: "organiser",
    });
    expect(result).toMatchObject({ ok: false, code: "conflict", message: LAST_OWNER_MESSAGE });
    expect(await roleOf(team.orgId, team.owner.id)).toBe("owner");
    expect(await auditOf(db, team.orgId)).toEqual([]);
  });

  it("lets an owner step down while another owner remains", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const second = await createTestUser(db, { orgId: team.orgId, role: "owner" });
    actAs(team.owner);
    expect(
      await changeMemberRoleAction({ orgId: team.orgId, userId: team.owner.id, role: "viewer" }),
    ).toMatchObject({ ok: true });
    expect(await roleOf(team.orgId, second.id)).toBe("owner");
    // No longer an owner: the next change is refused by the authorisation helper.
    expect(
      await changeMemberRoleAction({ orgId: team.orgId, userId: second.id, role: "viewer" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("returns every field's error and refuses members of other organisations", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const other = await createTeam(db);
    actAs(team.owner);
    const invalid = await changeMemberRoleAction({ orgId: team.orgId, userId: "x", role: "boss" });
    expect(invalid).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { userId: ["Choose a member"], role: ["Choose one of the roles"] },
    });
    const foreign = await changeMemberRoleAction({
      orgId: team.orgId,
      userId: other.owner.id,
      role: "viewer",
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await changeMemberRoleAction({ orgId: other.orgId, userId: other.owner.id, role: "viewer" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(await roleOf(other.orgId, other.owner.id)).toBe("owner");
  });
});

describe(`removing members (${testDriver()})`, () => {
  it("removes a member with an audit entry", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const marketer = await createTestUser(db, { orgId: team.orgId, role: "marketer" });
    actAs(team.owner);
    const result = await removeMemberAction({ orgId: team.orgId, userId: marketer.id });
    expect(result).toMatchObject({ ok: true, data: { self: false } });
    expect(await roleOf(team.orgId, marketer.id)).toBeNull();
    expect((await auditOf(db, team.orgId))[0]).toMatchObject({
      action: "member.removed",
      targetId: marketer.id,
      details: { role: "marketer" },
    });
    expect(await removeMemberAction({ orgId: team.orgId, userId: marketer.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("an owner may leave only while another owner remains", async () => {
    const db = testDb();
    const team = await createTeam(db);
    actAs(team.owner);
    expect(await removeMemberAction({ orgId: team.orgId, userId: team.owner.id })).toMatchObject({
      ok: false,
      code: "conflict",
      message: LAST_OWNER_MESSAGE,
    });
    await createTestUser(db, { orgId: team.orgId, role: "owner" });
    expect(await removeMemberAction({ orgId: team.orgId, userId: team.owner.id })).toMatchObject({
      ok: true,
      data: { self: true },
    });
    expect(await roleOf(team.orgId, team.owner.id)).toBeNull();
  });

  it("refuses a member of another organisation and a malformed id", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const other = await createTeam(db);
    actAs(team.owner);
    expect(await removeMemberAction({ orgId: team.orgId, userId: other.owner.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await removeMemberAction({ orgId: team.orgId, userId: "1" })).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { userId: ["Choose a member"] },
    });
    expect(await roleOf(other.orgId, other.owner.id)).toBe("owner");
  });
});

/**
 * Two owners demoting (or removing) each other at the same moment. Without the lock on the owner memberships
 * both read "2 owners" and both succeed, leaving none; checked by hand by removing `.for("update")` in
 * lib/team/members.ts, which made this test fail.
 */
describe(`the last-owner rule under concurrency (${testDriver()})`, () => {
  const rounds = 12;

  it.each([
    [
      "demote",
      (orgId: string, target: string) => changeMemberRoleAction({ orgId, userId: target, role: "viewer" }),
    ],
    ["remove", (orgId: string, target: string) => removeMemberAction({ orgId, userId: target })],
  ] as const)("two owners who %s each other at once leave one owner", async (_, act) => {
    const db = testDb();
    for (let i = 0; i < rounds; i++) {
      const team = await createTeam(db);
      const second = await createTestUser(db, { orgId: team.orgId, role: "owner" });
      // actAs is module state: each call reads the user before its first await, so set it just before each.
      const runAs = (user: typeof second, target: string) => {
        actAs(user);
        return act(team.orgId, target);
      };
      const results = await Promise.all([runAs(team.owner, second.id), runAs(second, team.owner.id)]);
      const owners = (await membersOf(db, team.orgId)).filter((m) => m.role === "owner");
      expect(owners, `round ${i}: ${JSON.stringify(results)}`).toHaveLength(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    }
  });
});

describe(`the team loader (${testDriver()})`, () => {
  it("lists members and pending invitations for owners", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const viewer = await createTestUser(db, { orgId: team.orgId, role: "viewer", name: "Vic Viewer" });
    actAs(team.owner);
    const loaded = await loadTeam({ orgId: team.orgId });
    expect(loaded.currentUserId).toBe(team.owner.id);
    expect(loaded.members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [team.owner.email, "owner"],
        [viewer.email, "viewer"],
      ].sort(),
    );
    expect(loaded.invitations).toEqual([]);
  });
});

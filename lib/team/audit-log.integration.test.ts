import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { loadAuditLog } from "@/app/dashboard/[orgId]/audit/loaders";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createWorld } from "@/test/authz/world";
import { testDb, testDriver } from "@/test/db";
import { listAuditEntries } from "./audit-log";
import { createTeam } from "./test-fixtures";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));

/** n entries in one transaction: they share created_at (now() is the transaction's start), so ids break ties. */
async function seed(orgId: string, actorUserId: string, n: number, action: "event.updated" | "item.updated") {
  await testDb().transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(tx, { orgId, actorUserId, action, targetType: "event", details: { n: i } });
    }
  });
}

describe(`audit log (${testDriver()})`, () => {
  it("pages newest first with Next and Previous, without gaps or repeats, even on equal time stamps", async () => {
    const db = testDb();
    const team = await createTeam(db);
    await seed(team.orgId, team.owner.id, 7, "event.updated");
    await seed(team.orgId, team.owner.id, 5, "item.updated");
    const all = await listAuditEntries(db, { orgId: team.orgId, pageSize: 100 });
    expect(all.entries).toHaveLength(12);
    expect(all.entries[0]!.action).toBe("item.updated");
    expect(all.olderCursor).toBeNull();
    expect(all.newerCursor).toBeNull();

    const pages = [];
    let page = await listAuditEntries(db, { orgId: team.orgId, pageSize: 5 });
    expect(page.newerCursor).toBeNull();
    pages.push(page);
    while (page.olderCursor) {
      page = await listAuditEntries(db, { orgId: team.orgId, pageSize: 5, after: page.olderCursor });
      pages.push(page);
    }
    expect(pages.map((p) => p.entries.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap((p) => p.entries.map((e) => e.id))).toEqual(all.entries.map((e) => e.id));

    // Previous from the last page gives the middle page again, then the first.
    const back = await listAuditEntries(db, {
      orgId: team.orgId,
      pageSize: 5,
      before: pages[2]!.newerCursor!,
    });
    expect(back.entries.map((e) => e.id)).toEqual(pages[1]!.entries.map((e) => e.id));
    const start = await listAuditEntries(db, { orgId: team.orgId, pageSize: 5, before: back.newerCursor! });
    expect(start.entries.map((e) => e.id)).toEqual(pages[0]!.entries.map((e) => e.id));
    expect(start.newerCursor).toBeNull();
    expect(start.olderCursor).not.toBeNull();
  });

  it("filters by action and ignores a cursor of another organisation", async () => {
    const db = testDb();
    const team = await createTeam(db);
    const other = await createTeam(db);
    await seed(team.orgId, team.owner.id, 3, "event.updated");
    await seed(team.orgId, team.owner.id, 2, "item.updated");
    await seed(other.orgId, other.owner.id, 2, "item.updated");
    const items = await listAuditEntries(db, { orgId: team.orgId, action: "item.updated" });
    expect(items.entries.map((e) => e.action)).toEqual(["item.updated", "item.updated"]);
    const foreign = await listAuditEntries(db, { orgId: other.orgId });
    const mixed = await listAuditEntries(db, { orgId: team.orgId, after: foreign.entries[0]!.id });
    expect(mixed.entries).toEqual([]);
  });

  it("shows the actor, 'deleted user' when gone, and links an order to its event", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const orgId = fixture.event.orgId;
    const owner = await createTestUser(db, { orgId, role: "owner", name: "Olivia Owner" });
    const gone = await createTestUser(db, { orgId, role: "organiser" });
    await recordAudit(db, {
      orgId,
      actorUserId: gone.id,
      action: "event.created",
      targetType: "event",
      targetId: fixture.event.id,
    });
    await db.delete(users).where(eq(users.id, gone.id));
    const orderId = "00000000-0000-4000-8000-000000000000";
    await recordAudit(db, {
      orgId,
      actorUserId: owner.id,
      action: "order.status_changed",
      targetType: "order",
      targetId: orderId,
      details: { from: "placed", to: "confirmed" },
    });
    actAs(owner);
    const { page } = await loadAuditLog({ orgId, action: "nonsense", after: "x" });
    expect(page.entries.map((e) => [e.action, e.actor?.name ?? null])).toEqual([
      ["order.status_changed", "Olivia Owner"],
      ["event.created", null],
    ]);
    // A missing order has no event to link through.
    expect(page.entries[0]!.orderEventId).toBeNull();
    expect(page.entries[0]!.details).toEqual({ from: "placed", to: "confirmed" });
  });

  it("resolves an order's event for the link", async () => {
    const db = testDb();
    const world = await createWorld(db);
    await recordAudit(db, {
      orgId: world.b.orgId,
      actorUserId: world.b.members.owner.id,
      action: "order.status_changed",
      targetType: "order",
      targetId: world.b.orderId,
    });
    const page = await listAuditEntries(db, { orgId: world.b.orgId, action: "order.status_changed" });
    expect(page.entries[0]!.orderEventId).toBe(world.b.eventId);
    // The same order id in another organisation's log is not resolved.
    await recordAudit(db, {
      orgId: world.a.orgId,
      actorUserId: world.a.owner.id,
      action: "order.status_changed",
      targetType: "order",
      targetId: world.b.orderId,
    });
    const foreign = await listAuditEntries(db, { orgId: world.a.orgId, action: "order.status_changed" });
    expect(foreign.entries[0]!.orderEventId).toBeNull();
  });
});

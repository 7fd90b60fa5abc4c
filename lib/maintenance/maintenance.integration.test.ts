import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditEntries, events, orders } from "@/db/schema";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { placeOrder } from "@/lib/orders/place-order";
import {
  createOrderFixture,
  eventSnapshot,
  orderInputFor,
  type OrderFixture,
} from "@/lib/orders/test-fixtures";
import { createTestOrg, testDb, testDriver } from "@/test/db";
import { createTestUser } from "@/test/authz/users";
import { createMaintenanceVerdicts, VERDICT_TRUST_MS } from "./gate";
import { DEFAULT_MAINTENANCE_MESSAGES } from "./mode";
import { readEffectiveForSlug, readStoredGlobal, saveEventMaintenance, saveGlobal } from "./store";

/**
 * Maintenance mode against the real database (ADR 027). The global row is shared by every test file running at
 * the same time, so the global level is driven here through MAINTENANCE_MODE (this worker's environment only),
 * and the stored global row is only ever written as "off".
 */
const db = () => testDb();

afterEach(() => vi.unstubAllEnvs());

async function setEventMode(
  fixture: OrderFixture,
  mode: "off" | "read_only" | "closed",
  message: string | null,
) {
  const user = await createTestUser(db(), { orgId: fixture.event.orgId, role: "organiser", name: "Org" });
  return saveEventMaintenance({
    db: db(),
    orgId: fixture.event.orgId,
    eventId: fixture.event.id,
    userId: user.id,
    setting: { mode, message },
  });
}

describe(`maintenance (${testDriver()})`, () => {
  it("read-only refuses an order with the event's message and records nothing; off again, the same order goes through", async () => {
    const fixture = await createOrderFixture(db());
    await setEventMode(fixture, "read_only", "Restocking until 14:00.");
    const before = await eventSnapshot(db(), fixture.event.id);
    const input = orderInputFor(fixture);

    const refused = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input,
      clientAddress: "203.0.113.9",
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "maintenance",
      message: "Restocking until 14:00. Nothing was recorded.",
    });
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);

    await setEventMode(fixture, "off", null);
    const placed = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    expect(placed.ok).toBe(true);
  });

  it("refuses an order while MAINTENANCE_MODE puts the whole platform in read-only, whatever the event says", async () => {
    const fixture = await createOrderFixture(db());
    vi.stubEnv("MAINTENANCE_MODE", "read_only");
    const before = await eventSnapshot(db(), fixture.event.id);
    const refused = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "maintenance",
      message: DEFAULT_MAINTENANCE_MESSAGES.read_only,
    });
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  });

  it("refuses a cancellation in read-only: the order stays as it was and no stock comes back", async () => {
    const fixture = await createOrderFixture(db());
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!placed.ok) throw new Error(placed.message);
    await setEventMode(fixture, "read_only", null);
    const before = await eventSnapshot(db(), fixture.event.id);

    const result = await cancelOrderByToken({
      db: db(),
      token: placed.order.token,
      eventSlug: fixture.event.slug,
    });
    expect(result).toMatchObject({ ok: false, code: "maintenance" });
    const [row] = await db()
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, placed.order.id));
    expect(row?.status).toBe("placed");
    expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  });

  it("reads the stricter of the global and the event's mode for a slug", async () => {
    const fixture = await createOrderFixture(db());
    await setEventMode(fixture, "read_only", "Event words");
    expect(await readEffectiveForSlug(db(), fixture.event.slug)).toMatchObject({
      mode: "read_only",
      message: "Event words",
      source: "event",
    });
    vi.stubEnv("MAINTENANCE_MODE", "closed");
    vi.stubEnv("MAINTENANCE_MESSAGE", "Platform upgrade");
    expect(await readEffectiveForSlug(db(), fixture.event.slug)).toMatchObject({
      mode: "closed",
      message: "Platform upgrade",
      source: "global",
    });
  });

  it("saves an event's setting only within its organisation, with an audit entry", async () => {
    const fixture = await createOrderFixture(db());
    const other = await createTestOrg(db());
    const user = await createTestUser(db(), { orgId: fixture.event.orgId, role: "owner", name: "Owner" });
    const elsewhere = await saveEventMaintenance({
      db: db(),
      orgId: other.id,
      eventId: fixture.event.id,
      userId: user.id,
      setting: { mode: "closed", message: null },
    });
    expect(elsewhere).toBeNull();
    const [unchanged] = await db().select().from(events).where(eq(events.id, fixture.event.id));
    expect(unchanged?.maintenanceMode).toBe("off");

    await saveEventMaintenance({
      db: db(),
      orgId: fixture.event.orgId,
      eventId: fixture.event.id,
      userId: user.id,
      setting: { mode: "closed", message: "Back soon" },
    });
    const audit = await db()
      .select()
      .from(auditEntries)
      .where(
        and(
          eq(auditEntries.orgId, fixture.event.orgId),
          eq(auditEntries.action, "event.maintenance_changed"),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: user.id,
      targetId: fixture.event.id,
      details: { mode: "closed" },
    });
  });

  it("stores the operator's global setting in its single row (written as off: other test files share it)", async () => {
    const org = await createTestOrg(db());
    const user = await createTestUser(db(), { orgId: org.id, role: "owner", name: "Operator" });
    await saveGlobal({ db: db(), userId: user.id, setting: { mode: "off", message: "Nothing planned" } });
    await saveGlobal({ db: db(), userId: user.id, setting: { mode: "off", message: null } });
    expect(await readStoredGlobal(db())).toEqual({ mode: "off", message: null });
  });

  it("reaches a second instance within the verdict lifetime: two instances' caches, one database", async () => {
    const fixture = await createOrderFixture(db());
    let clock = 0;
    const probe = async (slug: string) => (await readEffectiveForSlug(db(), slug)).mode;
    const instanceA = createMaintenanceVerdicts(probe, () => clock);
    const instanceB = createMaintenanceVerdicts(probe, () => clock);
    expect(await instanceA(fixture.event.slug)).toBe("off");
    expect(await instanceB(fixture.event.slug)).toBe("off");

    // Instance A's organiser closes the shop; both instances still hold their "off" verdict for a moment...
    await setEventMode(fixture, "closed", null);
    clock += VERDICT_TRUST_MS - 1;
    expect(await instanceB(fixture.event.slug)).toBe("off");
    // ...and both see it once the verdict's lifetime has passed, without a restart.
    clock += 1;
    expect(await instanceA(fixture.event.slug)).toBe("closed");
    expect(await instanceB(fixture.event.slug)).toBe("closed");
  });
});

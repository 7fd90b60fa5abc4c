import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEntries } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { testDb, testDriver } from "@/test/db";
import {
  countOrdersByEmail,
  countOrdersPerEvent,
  eraseByEmail,
  eraseEventNow,
  exportByEmail,
} from "./owner-request";
import { markedEvent } from "./test-world";

describe(`an owner's privacy requests (${testDriver()})`, () => {
  test("counts by email per event, exports (audited without the address) and erases only that address", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 2 });
    const { orgId, markers: m } = world;
    const userId = world.organiser.id;

    const counts = await countOrdersByEmail(db, { orgId, email: ` ${m.email.toUpperCase()} ` });
    expect(counts).toEqual([
      { eventId: world.fixture.event.id, eventName: world.fixture.event.name, orders: 2, erased: 0 },
    ]);
    expect(await countOrdersByEmail(db, { orgId, email: "nobody@example.com" })).toEqual([]);

    const document = await exportByEmail(db, { orgId, email: m.email, userId });
    expect(document.orders).toHaveLength(2);
    expect(JSON.stringify(document)).toContain(m.email);
    const [audit] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, "privacy.data_exported")));
    expect(audit?.details).toEqual({ actor: "user", orders: 2 });
    expect(JSON.stringify(audit)).not.toContain(m.email);

    // Another organisation's attendee with their own address is not reached.
    const other = await markedEvent(db, { count: 1 });
    expect(await countOrdersByEmail(db, { orgId, email: other.markers.email })).toEqual([]);
    expect((await eraseByEmail(db, { orgId, email: other.markers.email, userId })).orders).toBe(0);

    expect((await eraseByEmail(db, { orgId, email: m.email, userId })).orders).toBe(2);
    const [perEvent] = await countOrdersPerEvent(db, { orgId });
    expect(perEvent).toMatchObject({ orders: 2, erased: 2 });
    expect((await countOrdersPerEvent(db, { orgId: other.orgId }))[0]).toMatchObject({
      orders: 1,
      erased: 0,
    });
  });

  test("erasing an event now: its orders only, and another organisation's event is not found", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 2 });
    const other = await markedEvent(db, { count: 1 });
    const userId = world.organiser.id;
    await expect(
      eraseEventNow(db, { orgId: world.orgId, eventId: other.fixture.event.id, userId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await countOrdersPerEvent(db, { orgId: other.orgId }))[0]).toMatchObject({ erased: 0 });

    const erased = await eraseEventNow(db, { orgId: world.orgId, eventId: world.fixture.event.id, userId });
    expect(erased).toEqual({ eventName: world.fixture.event.name, orders: 2 });
    expect(
      (await eraseEventNow(db, { orgId: world.orgId, eventId: world.fixture.event.id, userId })).orders,
    ).toBe(0);
  });
});

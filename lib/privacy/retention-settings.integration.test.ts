import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEntries, events } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { createTestUser } from "@/test/authz/users";
import { organisationRetentionDays, setEventRetention, setOrganisationRetention } from "./retention-settings";

describe(`retention settings (${testDriver()})`, () => {
  test("the organisation's default and an event's override change, are audited, and an unchanged save writes nothing", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const orgId = fixture.event.orgId;
    const user = await createTestUser(db, { orgId, role: "organiser" });
    const audits = () =>
      db
        .select({ targetType: auditEntries.targetType, details: auditEntries.details })
        .from(auditEntries)
        .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, "privacy.retention_changed")));

    expect(await organisationRetentionDays(db, orgId)).toBe(90);
    expect(await setOrganisationRetention(db, { orgId, days: 30, userId: user.id })).toMatchObject({
      changed: true,
    });
    expect(await setOrganisationRetention(db, { orgId, days: 30, userId: user.id })).toMatchObject({
      changed: false,
    });
    expect(await organisationRetentionDays(db, orgId)).toBe(30);

    const eventId = fixture.event.id;
    await setEventRetention(db, { orgId, eventId, days: 365, userId: user.id });
    const stored = async () =>
      (await db.select({ d: events.retentionDays }).from(events).where(eq(events.id, eventId)))[0]!.d;
    expect(await stored()).toBe(365);
    await setEventRetention(db, { orgId, eventId, days: null, userId: user.id });
    expect(await stored()).toBeNull();

    expect(await audits()).toEqual(
      expect.arrayContaining([
        { targetType: "organisation", details: { from: 90, to: 30 } },
        { targetType: "event", details: { from: null, to: 365 } },
        { targetType: "event", details: { from: 365, to: null } },
      ]),
    );
    expect(await audits()).toHaveLength(3);

    // Another organisation's event is not found and keeps its value.
    const other = await createOrderFixture(db);
    await expect(
      setEventRetention(db, { orgId, eventId: other.event.id, days: 5, userId: user.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { events, orders, organisations } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { runRetention } from "./retention";
import { findEverywhere, markedEvent } from "./test-world";

describe(`retention (${testDriver()})`, () => {
  test("erases an event's orders once its retention date passes in its own time zone, not a moment before", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 3 });
    const eventId = world.fixture.event.id;
    // Ends 23:30 on 1 March in Amsterdam; the organisation keeps data 90 days, this event 10.
    await db
      .update(events)
      .set({ endsAt: new Date("2027-03-01T22:30:00Z"), timeZone: "Europe/Amsterdam", retentionDays: 10 })
      .where(eq(events.id, eventId));
    // Midnight starting 12 March, Amsterdam (UTC+1).
    const due = new Date("2027-03-11T23:00:00Z");

    const early = await runRetention({ db, now: new Date(due.getTime() - 1), onlyEventIds: [eventId] });
    expect(early).toEqual({ events: 0, orders: 0 });
    expect(await findEverywhere(db, [world.markers.name])).not.toEqual([]);

    const onTime = await runRetention({ db, now: due, onlyEventIds: [eventId], batchSize: 2 });
    expect(onTime).toEqual({ events: 1, orders: 3 });
    expect(await findEverywhere(db, [world.markers.prefix, world.markers.digits])).toEqual([]);
    const rows = await db.select().from(orders).where(eq(orders.eventId, eventId));
    expect(rows.every((r) => r.erasureReason === "retention")).toBe(true);

    // Run again: nothing left to do.
    expect(await runRetention({ db, now: due, onlyEventIds: [eventId] })).toEqual({ events: 0, orders: 0 });
  });

  test("without an override the organisation's default applies", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 1 });
    const eventId = world.fixture.event.id;
    await db.update(organisations).set({ retentionDaysDefault: 30 }).where(eq(organisations.id, world.orgId));
    await db
      .update(events)
      .set({ startsAt: new Date("2027-01-10T10:00:00Z"), endsAt: null, timeZone: "UTC", retentionDays: null })
      .where(eq(events.id, eventId));
    // Last day 10 January; due at midnight starting 10 February (11 Jan + 30 days).
    expect(
      await runRetention({ db, now: new Date("2027-02-09T23:59:59Z"), onlyEventIds: [eventId] }),
    ).toMatchObject({ orders: 0 });
    expect(
      await runRetention({ db, now: new Date("2027-02-10T00:00:00Z"), onlyEventIds: [eventId] }),
    ).toMatchObject({ orders: 1 });
  });
});

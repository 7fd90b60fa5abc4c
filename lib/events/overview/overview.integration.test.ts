import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { events, orders } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor, type OrderFixture } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { getEventOverview } from "./get-event-overview";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));

const db = () => testDb();
const NOW = new Date("2025-04-02T12:00:00Z");

let fixture: OrderFixture;
const attendees: { name: string; email: string }[] = [];

async function order(lines: { variant: number; quantity: number }[], createdAt: string) {
  const attendee = {
    name: `Attendee Overview ${attendees.length}`,
    email: `overview-${attendees.length}-${Date.now()}@example.com`,
  };
  attendees.push(attendee);
  const result = await placeOrder({
    db: db(),
    eventSlug: fixture.event.slug,
    input: orderInputFor(fixture, {
      ...attendee,
      lines: lines.map((l) => ({ variantId: fixture.variants[l.variant]!.id, quantity: l.quantity })),
    }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  await db()
    .update(orders)
    .set({ createdAt: new Date(createdAt) })
    .where(eq(orders.id, result.order.id));
  return result.order;
}

describe(`event overview (${testDriver()})`, () => {
  beforeAll(async () => {
    fixture = await createOrderFixture(db(), {
      timeZone: "Europe/Amsterdam",
      currency: "EUR",
      items: [
        {
          name: "T-shirt",
          priceMinor: 1500,
          maxPerOrder: 3,
          variants: [
            { label: "S", stock: 10 },
            { label: "M", stock: 10 },
            { label: "L", stock: 2 },
          ],
        },
        { name: "Pen", variants: [{ label: "Default", stock: 50 }] },
      ],
    });
    // 23:59:59 on 29 March in Amsterdam (UTC+1) and, one second later, midnight of the 30th, the day clocks
    // spring forward.
    await order(
      [
        { variant: 0, quantity: 2 },
        { variant: 3, quantity: 1 },
      ],
      "2025-03-29T22:59:59Z",
    );
    await order([{ variant: 1, quantity: 1 }], "2025-03-29T23:00:00Z");
    const cancelled = await order([{ variant: 2, quantity: 2 }], "2025-03-30T10:00:00Z");
    const cancel = await cancelOrderByToken({ db: db(), token: cancelled.token });
    if (!cancel.ok) throw new Error(JSON.stringify(cancel));
    await order([{ variant: 1, quantity: 1 }], "2025-04-02T09:00:00Z");
  });

  it("counts orders, units and revenue without the cancelled order", async () => {
    const overview = await getEventOverview({
      db: db(),
      orgId: fixture.event.orgId,
      eventId: fixture.event.id,
      now: NOW,
    });
    expect(overview.numbers).toEqual({
      orders: 3,
      cancelled: 1,
      unitsOrdered: 5, // 2 S + 1 pen + 2 M; the cancelled 2 L are back in stock
      unitsLeft: 8 + 8 + 2 + 49,
      revenueMinor: 6000,
      revenue: "€60.00",
      ordersToday: 1,
    });
    expect(
      overview.stock.map((i) => [i.name, i.variants.map((v) => [v.label, v.ordered, v.left, v.level])]),
    ).toEqual([
      [
        "T-shirt",
        [
          ["S", 2, 8, "ok"],
          ["M", 2, 8, "ok"],
          ["L", 0, 2, "low"],
        ],
      ],
      ["Pen", [["Default", 1, 49, "ok"]]],
    ]);
    expect(overview.sizes).toEqual([
      { label: "S", units: 2, percent: 50 },
      { label: "M", units: 2, percent: 50 },
      { label: "L", units: 0, percent: 0 },
    ]);
  });

  it("buckets orders by day in the event's time zone, zero days included", async () => {
    const amsterdam = await getEventOverview({
      db: db(),
      orgId: fixture.event.orgId,
      eventId: fixture.event.id,
      now: NOW,
    });
    expect(amsterdam.today).toBe("2025-04-02");
    expect(amsterdam.series?.days.map((d) => [d.day, d.count])).toEqual([
      ["2025-03-29", 1],
      ["2025-03-30", 1],
      ["2025-03-31", 0],
      ["2025-04-01", 0],
      ["2025-04-02", 1],
    ]);

    // The same orders seen from UTC: the two around midnight fall on the same day.
    const other = await createOrderFixture(db(), { timeZone: "UTC" });
    await db().update(events).set({ timeZone: "UTC" }).where(eq(events.id, fixture.event.id));
    try {
      const utc = await getEventOverview({
        db: db(),
        orgId: fixture.event.orgId,
        eventId: fixture.event.id,
        now: NOW,
      });
      expect(utc.series?.days.slice(0, 2).map((d) => [d.day, d.count])).toEqual([
        ["2025-03-29", 2],
        ["2025-03-30", 0],
      ]);
    } finally {
      await db().update(events).set({ timeZone: "Europe/Amsterdam" }).where(eq(events.id, fixture.event.id));
    }
    // An event without orders (and ordering not yet opened) has nothing to chart.
    const empty = await getEventOverview({
      db: db(),
      orgId: other.event.orgId,
      eventId: other.event.id,
      now: NOW,
    });
    expect(empty.series).toBeNull();
    expect(empty.numbers.orders).toBe(0);
    expect(empty.numbers.revenue).toBe("€0.00");
  });

  it("refuses another organisation's event as not found", async () => {
    const other = await createOrderFixture(db());
    await expect(
      getEventOverview({ db: db(), orgId: other.event.orgId, eventId: fixture.event.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getEventOverview({ db: db(), orgId: fixture.event.orgId, eventId: "not-a-uuid" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const { loadEventOverview } = await import("@/app/dashboard/[orgId]/events/[eventId]/loaders");
    const outsider = await createTestUser(db(), { orgId: other.event.orgId, role: "owner" });
    actAs(outsider);
    for (const input of [
      { orgId: other.event.orgId, eventId: fixture.event.id },
      { orgId: fixture.event.orgId, eventId: fixture.event.id },
    ]) {
      const error = await loadEventOverview(input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(String((error as { digest?: string } | null)?.digest)).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    actAs(null);
  });

  it("gives a viewer and a marketer counts only: no attendee's name or email", async () => {
    const { loadEventOverview } = await import("@/app/dashboard/[orgId]/events/[eventId]/loaders");
    for (const role of ["viewer", "marketer"] as const) {
      actAs(await createTestUser(db(), { orgId: fixture.event.orgId, role }));
      const result = await loadEventOverview({ orgId: fixture.event.orgId, eventId: fixture.event.id });
      expect(result.numbers.orders).toBe(3);
      expect(result.canManageItems).toBe(false);
      const seen = JSON.stringify(result);
      for (const a of attendees) {
        expect(seen).not.toContain(a.name);
        expect(seen).not.toContain(a.email);
        expect(seen).not.toContain(a.email.split("@")[0]);
      }
    }
    actAs(null);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { stockAdjustments, variants } from "@/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { orderInputFor } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import { adjustStockAction } from "@/app/dashboard/[orgId]/events/[eventId]/items/actions";
import { catalogWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Stock adjustments race with each other and with attendees' orders. A read-then-write implementation passes
 * every sequential test and fails here (lost updates: more successes than stock, a wrong final count).
 */
describe(`stock adjustments under concurrency (${testDriver()})`, () => {
  it("20 parallel decrements of a stock of 10: exactly 10 succeed and stock ends at 0", async () => {
    const db = testDb();
    const w = await catalogWorld(db, {
      items: [{ name: "Cap", variants: [{ label: "One size", stock: 10 }] }],
    });
    const variantId = w.fixture.variants[0]!.id;
    actAs(w.organiser);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        adjustStockAction({
          orgId: w.orgId,
          eventId: w.eventId,
          variantId,
          delta: -1,
          reason: `Recount ${i}`,
        }),
      ),
    );
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toHaveLength(10);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ code: "conflict", message: "Only 0 available; the rest is already ordered" });
    }
    const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
    expect(row?.stock).toBe(0);
    const rows = await db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, variantId));
    expect(rows).toHaveLength(10);
    // Every adjustment saw a distinct stock: 9, 8, … 0.
    expect(rows.map((r) => r.stockAfter).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("racing with orders: what is removed plus what is ordered never exceeds the stock", async () => {
    const db = testDb();
    const w = await catalogWorld(db, {
      items: [{ name: "Cap", variants: [{ label: "One size", stock: 10 }] }],
    });
    const variantId = w.fixture.variants[0]!.id;
    actAs(w.organiser);
    const adjustments = Array.from({ length: 12 }, (_, i) =>
      adjustStockAction({ orgId: w.orgId, eventId: w.eventId, variantId, delta: -1, reason: `Lost ${i}` }),
    );
    const orders = Array.from({ length: 12 }, () =>
      placeOrder({
        db,
        eventSlug: w.fixture.event.slug,
        input: orderInputFor(w.fixture, { lines: [{ variantId, quantity: 1 }] }),
      }),
    );
    const [adjusted, placed] = await Promise.all([Promise.all(adjustments), Promise.all(orders)]);
    const removed = adjusted.filter((r) => r.ok).length;
    const ordered = placed.filter((r) => r.ok).length;
    expect(removed + ordered).toBe(10);
    const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
    expect(row?.stock).toBe(0);
    expect(
      await db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, variantId)),
    ).toHaveLength(removed);
  });
});

import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { variants } from "@/db/schema";
import { createOrderFixture, orderInputFor, type OrderFixture } from "@/lib/orders/test-fixtures";

/** A published event with one variant and plenty of stock, no form fields: measures the order path itself. */
export async function createBenchEvent(db: Db, stock: number): Promise<OrderFixture> {
  return createOrderFixture(db, {
    items: [{ name: "Bench t-shirt", maxPerOrder: 1, variants: [{ label: "M", stock }] }],
    formFields: [],
    maxOrdersPerAttendee: 1,
  });
}

export function benchInput(fixture: OrderFixture, n: number) {
  return orderInputFor(fixture, { email: `bench-${n}-${Date.now()}@example.com`, answers: {} });
}

export async function stockOf(db: Db, variantId: string): Promise<number> {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return row?.stock ?? NaN;
}

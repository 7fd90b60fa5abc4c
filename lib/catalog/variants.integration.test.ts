import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { items, stockAdjustments, variants } from "@/db/schema";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { placeOrder } from "@/lib/orders/place-order";
import { orderInputFor } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import {
  adjustStockAction,
  createVariantAction,
  deleteVariantAction,
  reorderItemsAction,
  reorderVariantsAction,
  updateVariantAction,
} from "@/app/dashboard/[orgId]/events/[eventId]/items/actions";
import { loadItems } from "@/app/dashboard/[orgId]/events/[eventId]/items/loaders";
import { auditActions, catalogWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type W = Awaited<ReturnType<typeof catalogWorld>>;
const ref = (w: W) => ({ orgId: w.orgId, eventId: w.eventId });

async function stockOf(db: ReturnType<typeof testDb>, variantId: string) {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return row?.stock;
}

async function order(w: W, variantId: string, quantity: number) {
  const db = testDb();
  const placed = await placeOrder({
    db,
    eventSlug: w.fixture.event.slug,
    input: orderInputFor(w.fixture, { lines: [{ variantId, quantity }] }),
  });
  if (!placed.ok) throw new Error(`order not placed: ${placed.message}`);
  return placed.order;
}

describe(`variants (${testDriver()})`, () => {
  it("adds a variant at the end with its initial stock; refuses a duplicate label and every field error", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const itemId = w.fixture.items[0]!.id;
    actAs(w.organiser);
    const added = await createVariantAction({ ...ref(w), itemId, label: "XL", stock: 4 });
    expect(added).toMatchObject({ ok: true, message: "Added variant XL." });
    if (!added.ok) return;
    const [row] = await db.select().from(variants).where(eq(variants.id, added.data.variantId));
    expect(row).toMatchObject({ label: "XL", stock: 4, displayOrder: 2, eventId: w.eventId });
    expect(await auditActions(db, w.orgId, row!.id)).toEqual(["variant.created"]);
    expect(
      await db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, row!.id)),
    ).toMatchObject([{ delta: 4, stockAfter: 4 }]);

    expect(await createVariantAction({ ...ref(w), itemId, label: "xl", stock: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { label: ["This item already has a variant labelled “xl”"] },
    });
    const bad = await createVariantAction({ ...ref(w), itemId, label: "", stock: 1.5 });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(["label", "stock"]);
    expect(
      await createVariantAction({ ...ref(w), itemId: w.other.items[0]!.id, label: "S", stock: 0 }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(variants).where(eq(variants.itemId, itemId))).toHaveLength(3);
  });

  it("renames a variant, refusing a label its item already has and another organisation's variant", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const [m] = w.fixture.variants;
    actAs(w.organiser);
    expect(await updateVariantAction({ ...ref(w), variantId: m!.id, label: "Medium" })).toMatchObject({
      ok: true,
    });
    expect(await db.select({ label: variants.label }).from(variants).where(eq(variants.id, m!.id))).toEqual([
      { label: "Medium" },
    ]);
    expect(await updateVariantAction({ ...ref(w), variantId: m!.id, label: "l" })).toMatchObject({
      ok: false,
      fieldErrors: { label: [expect.stringContaining("already has")] },
    });
    // The Sticker's "One size" is another item's label: allowed.
    expect(await updateVariantAction({ ...ref(w), variantId: m!.id, label: "One size" })).toMatchObject({
      ok: true,
    });
    expect(
      await updateVariantAction({ ...ref(w), variantId: w.other.variants[0]!.id, label: "Mine" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await auditActions(db, w.orgId, m!.id)).toEqual(["variant.updated", "variant.updated"]);
  });

  it("deletes an unordered variant, and refuses one with orders, even cancelled ones", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const [m, l] = w.fixture.variants;
    actAs(w.organiser);
    const placed = await order(w, m!.id, 1);
    expect(await cancelOrderByToken({ db, token: placed.token })).toMatchObject({ ok: true });
    const refused = await deleteVariantAction({ ...ref(w), variantId: m!.id });
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      message: "T-shirt – M has orders — set its stock to 0 instead.",
    });
    expect(await stockOf(db, m!.id)).toBeDefined();

    expect(await deleteVariantAction({ ...ref(w), variantId: l!.id })).toMatchObject({
      ok: true,
      message: "Deleted variant L.",
    });
    expect(await stockOf(db, l!.id)).toBeUndefined();
    expect(await auditActions(db, w.orgId, l!.id)).toEqual(["variant.deleted"]);
    expect(await deleteVariantAction({ ...ref(w), variantId: w.other.variants[0]!.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});

describe(`stock adjustments (${testDriver()})`, () => {
  it("adds and removes stock with a reason, an adjustment row and an audit entry; shows ordered and available", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const m = w.fixture.variants[0]!;
    await order(w, m.id, 2);
    actAs(w.organiser);
    expect(
      await adjustStockAction({ ...ref(w), variantId: m.id, delta: 5, reason: "Delivery" }),
    ).toMatchObject({
      ok: true,
      message: "Stock added: 13 now available.",
      data: { stock: 13 },
    });
    expect(
      await adjustStockAction({ ...ref(w), variantId: m.id, delta: -3, reason: "Damaged" }),
    ).toMatchObject({
      ok: true,
      data: { stock: 10 },
    });
    const rows = await db
      .select()
      .from(stockAdjustments)
      .where(eq(stockAdjustments.variantId, m.id))
      .orderBy(asc(stockAdjustments.id));
    expect(rows.map((r) => [r.delta, r.stockAfter, r.reason, r.actorUserId])).toEqual([
      [5, 13, "Delivery", w.organiser.id],
      [-3, 10, "Damaged", w.organiser.id],
    ]);
    expect(await auditActions(db, w.orgId, m.id)).toEqual([
      "variant.stock_adjusted",
      "variant.stock_adjusted",
    ]);

    const page = await loadItems(ref(w));
    expect(page.items[0]?.variants[0]).toEqual({ id: m.id, label: "M", available: 10, ordered: 2 });
  });

  it("never goes below what is already ordered: 'Only N available'", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const l = w.fixture.variants[1]!; // stock 5
    await order(w, l.id, 2);
    actAs(w.organiser);
    const result = await adjustStockAction({ ...ref(w), variantId: l.id, delta: -4, reason: "Recount" });
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Only 3 available; the rest is already ordered",
      fieldErrors: { delta: ["Only 3 available; the rest is already ordered"] },
    });
    expect(await stockOf(db, l.id)).toBe(3);
    expect(await db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, l.id))).toEqual([]);
    expect(
      await adjustStockAction({ ...ref(w), variantId: l.id, delta: -3, reason: "Recount" }),
    ).toMatchObject({
      ok: true,
      data: { stock: 0 },
    });
  });

  it("requires a reason and a non-zero whole change; refuses viewers, marketers and other organisations", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const m = w.fixture.variants[0]!;
    actAs(w.organiser);
    const bad = await adjustStockAction({ ...ref(w), variantId: m.id, delta: 0, reason: "  " });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    if (!bad.ok) {
      expect(bad.fieldErrors.delta).toEqual(["Enter a change other than 0"]);
      expect(bad.fieldErrors.reason).toEqual(["Give a reason, e.g. delivery from supplier"]);
    }
    expect(
      await adjustStockAction({ ...ref(w), variantId: w.other.variants[0]!.id, delta: -1, reason: "x" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    for (const user of [w.viewer, w.marketer]) {
      actAs(user);
      expect(await adjustStockAction({ ...ref(w), variantId: m.id, delta: 1, reason: "x" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await stockOf(db, m.id)).toBe(10);
    expect(await stockOf(db, w.other.variants[0]!.id)).toBe(10);
  });
});

describe(`display order (${testDriver()})`, () => {
  it("reorders items from the complete list and refuses a stale one", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const [shirt, sticker] = w.fixture.items;
    actAs(w.organiser);
    expect(await reorderItemsAction({ ...ref(w), itemIds: [sticker!.id, shirt!.id] })).toMatchObject({
      ok: true,
    });
    expect((await loadItems(ref(w))).items.map((i) => i.name)).toEqual(["Sticker", "T-shirt"]);

    const stale = [
      [sticker!.id],
      [sticker!.id, shirt!.id, shirt!.id],
      [sticker!.id, w.other.items[0]!.id],
      [sticker!.id, shirt!.id, w.other.items[0]!.id],
    ];
    for (const itemIds of stale) {
      const result = await reorderItemsAction({ ...ref(w), itemIds });
      expect(result, JSON.stringify(itemIds)).toMatchObject({
        ok: false,
        code: "conflict",
        message: expect.stringContaining("Reload the page"),
      });
    }
    const orders = await db
      .select({ id: items.id, displayOrder: items.displayOrder })
      .from(items)
      .where(eq(items.eventId, w.eventId));
    expect(Object.fromEntries(orders.map((o) => [o.id, o.displayOrder]))).toEqual({
      [sticker!.id]: 0,
      [shirt!.id]: 1,
    });
    expect(
      await db.select({ d: items.displayOrder }).from(items).where(eq(items.id, w.other.items[0]!.id)),
    ).toEqual([{ d: 0 }]);
  });

  it("reorders variants and refuses a stale or foreign list", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const itemId = w.fixture.items[0]!.id;
    const [m, l] = w.fixture.variants;
    actAs(w.organiser);
    expect(await reorderVariantsAction({ ...ref(w), itemId, variantIds: [l!.id, m!.id] })).toMatchObject({
      ok: true,
    });
    expect((await loadItems(ref(w))).items[0]?.variants.map((v) => v.label)).toEqual(["L", "M"]);
    for (const variantIds of [[l!.id], [l!.id, w.fixture.variants[2]!.id], [l!.id, m!.id, m!.id]]) {
      expect(await reorderVariantsAction({ ...ref(w), itemId, variantIds })).toMatchObject({
        ok: false,
        code: "conflict",
      });
    }
    expect(
      await reorderVariantsAction({
        ...ref(w),
        itemId: w.other.items[0]!.id,
        variantIds: [w.other.variants[0]!.id],
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    const rows = await db
      .select({ label: variants.label })
      .from(variants)
      .where(and(eq(variants.itemId, itemId)))
      .orderBy(variants.displayOrder);
    expect(rows.map((r) => r.label)).toEqual(["L", "M"]);
  });
});

import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { blobs, items, stockAdjustments, variants } from "@/db/schema";
import { getPublicEvent } from "@/lib/events/queries";
import { getStorage } from "@/lib/storage";
import { placeOrder } from "@/lib/orders/place-order";
import { orderInputFor } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import {
  archiveItemAction,
  createItemAction,
  removeItemImageAction,
  unarchiveItemAction,
  updateItemAction,
  uploadItemImageAction,
} from "@/app/dashboard/[orgId]/events/[eventId]/items/actions";
import { loadItem, loadItems } from "@/app/dashboard/[orgId]/events/[eventId]/items/loaders";
import { auditActions, catalogWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const newItem = {
  name: "Hoodie",
  description: "Warm and soft",
  price: "25.50",
  maxPerOrder: 2,
  active: true,
  variantLabels: "S, M, L",
  initialStock: 7,
};

describe(`items (${testDriver()})`, () => {
  it("creates an item with its variants, initial stock adjustments and an audit entry", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    const result = await createItemAction({ orgId: w.orgId, eventId: w.eventId, ...newItem });
    expect(result).toMatchObject({ ok: true, message: "Added Hoodie." });
    if (!result.ok) return;
    const [item] = await db.select().from(items).where(eq(items.id, result.data.itemId));
    expect(item).toMatchObject({
      name: "Hoodie",
      priceMinor: 2550,
      maxPerOrder: 2,
      active: true,
      displayOrder: 2,
    });
    const rows = await db
      .select()
      .from(variants)
      .where(eq(variants.itemId, item!.id))
      .orderBy(variants.displayOrder);
    expect(rows.map((v) => [v.label, v.stock, v.displayOrder])).toEqual([
      ["S", 7, 0],
      ["M", 7, 1],
      ["L", 7, 2],
    ]);
    const adjustments = await db
      .select()
      .from(stockAdjustments)
      .where(eq(stockAdjustments.variantId, rows[0]!.id));
    expect(adjustments).toMatchObject([
      { delta: 7, stockAfter: 7, reason: "Initial stock", actorUserId: w.organiser.id },
    ]);
    expect(await auditActions(db, w.orgId, item!.id)).toEqual(["item.created"]);
  });

  it("gives a single 'One size' variant when no labels are typed, and 0 as free", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    const result = await createItemAction({
      orgId: w.orgId,
      eventId: w.eventId,
      ...newItem,
      price: "",
      variantLabels: "",
      initialStock: 0,
    });
    if (!result.ok) throw new Error(result.message);
    const { item } = await loadItem({ orgId: w.orgId, eventId: w.eventId, itemId: result.data.itemId });
    expect(item.priceMinor).toBe(0);
    expect(item.variants).toEqual([{ id: expect.any(String), label: "One size", available: 0, ordered: 0 }]);
  });

  it("returns every field's error at once and writes nothing", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    const result = await createItemAction({
      orgId: w.orgId,
      eventId: w.eventId,
      name: "  ",
      description: "x".repeat(2001),
      price: "12,50 €",
      maxPerOrder: 11,
      active: "yes",
      variantLabels: "S, M, s",
      initialStock: -1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ["active", "description", "initialStock", "maxPerOrder", "name", "price", "variantLabels"].sort(),
    );
    expect(result.fieldErrors.maxPerOrder).toEqual(["At most 10"]);
    expect(result.fieldErrors.variantLabels).toEqual(["Each label only once"]);
    expect(await db.select().from(items).where(eq(items.eventId, w.eventId))).toHaveLength(2);
  });

  it("refuses more decimals than the event's currency has, on the price field", async () => {
    const db = testDb();
    const w = await catalogWorld(db, { currency: "JPY" });
    actAs(w.organiser);
    const result = await createItemAction({ orgId: w.orgId, eventId: w.eventId, ...newItem, price: "10.5" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { price: ["JPY prices have no decimals"] },
    });
    const yen = await createItemAction({ orgId: w.orgId, eventId: w.eventId, ...newItem, price: "1500" });
    if (!yen.ok) throw new Error(yen.message);
    const [row] = await db.select().from(items).where(eq(items.id, yen.data.itemId));
    expect(row?.priceMinor).toBe(1500);
  });

  it("refuses another organisation's event and roles without items.manage", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.outsider);
    const crossOrg = await createItemAction({ orgId: w.other.event.orgId, eventId: w.eventId, ...newItem });
    expect(crossOrg).toMatchObject({ ok: false, code: "not_found" });
    for (const user of [w.viewer, w.marketer]) {
      actAs(user);
      expect(await createItemAction({ orgId: w.orgId, eventId: w.eventId, ...newItem })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await db.select().from(items).where(eq(items.eventId, w.eventId))).toHaveLength(2);
  });

  it("updates an item and records what changed", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const itemId = w.fixture.items[0]!.id;
    actAs(w.organiser);
    const result = await updateItemAction({
      orgId: w.orgId,
      eventId: w.eventId,
      itemId,
      name: "Organic T-shirt",
      description: "",
      price: "9.99",
      maxPerOrder: 3,
      active: false,
    });
    expect(result).toMatchObject({ ok: true, message: "Saved Organic T-shirt." });
    const [row] = await db.select().from(items).where(eq(items.id, itemId));
    expect(row).toMatchObject({ name: "Organic T-shirt", priceMinor: 999, maxPerOrder: 3, active: false });
    expect(await auditActions(db, w.orgId, itemId)).toEqual(["item.updated"]);

    // Another organisation's item named under this organisation: not found, unchanged.
    const foreign = await updateItemAction({
      orgId: w.orgId,
      eventId: w.eventId,
      itemId: w.other.items[0]!.id,
      name: "Hijacked",
      description: "",
      price: "0",
      maxPerOrder: 1,
      active: true,
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    const [untouched] = await db.select().from(items).where(eq(items.id, w.other.items[0]!.id));
    expect(untouched?.name).toBe("T-shirt");
  });

  it("archives: hidden from attendees, from ordering and from the default list; the filter and unarchive bring it back", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const shirt = w.fixture.items[0]!;
    actAs(w.organiser);
    expect(await archiveItemAction({ orgId: w.orgId, eventId: w.eventId, itemId: shirt.id })).toMatchObject({
      ok: true,
    });
    expect(await auditActions(db, w.orgId, shirt.id)).toEqual(["item.archived"]);
    expect(await archiveItemAction({ orgId: w.orgId, eventId: w.eventId, itemId: shirt.id })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "T-shirt is already archived.",
    });

    const publicEvent = await getPublicEvent({ db, slug: w.fixture.event.slug });
    expect(publicEvent?.items.map((i) => i.name)).toEqual(["Sticker"]);
    const order = await placeOrder({ db, eventSlug: w.fixture.event.slug, input: orderInputFor(w.fixture) });
    expect(order.ok).toBe(false);

    const current = await loadItems({ orgId: w.orgId, eventId: w.eventId });
    expect(current.items.map((i) => i.name)).toEqual(["Sticker"]);
    const archived = await loadItems({ orgId: w.orgId, eventId: w.eventId, archived: true });
    expect(archived.items).toMatchObject([{ name: "T-shirt", archived: true, active: false }]);

    // Editing an archived item cannot make it orderable behind the organiser's back.
    const activate = await updateItemAction({
      orgId: w.orgId,
      eventId: w.eventId,
      itemId: shirt.id,
      name: "T-shirt",
      description: "",
      price: "0",
      maxPerOrder: 2,
      active: true,
    });
    expect(activate).toMatchObject({
      ok: false,
      fieldErrors: { active: [expect.stringMatching(/unarchive/)] },
    });

    expect(await unarchiveItemAction({ orgId: w.orgId, eventId: w.eventId, itemId: shirt.id })).toMatchObject(
      {
        ok: true,
      },
    );
    const after = await loadItems({ orgId: w.orgId, eventId: w.eventId });
    expect(after.items.map((i) => [i.name, i.active])).toEqual([
      ["Sticker", true],
      ["T-shirt", false],
    ]);
    expect(await auditActions(db, w.orgId, shirt.id)).toEqual(["item.archived", "item.updated"]);
  });

  it("lets viewers and marketers look without edit rights", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    for (const user of [w.viewer, w.marketer]) {
      actAs(user);
      const page = await loadItems({ orgId: w.orgId, eventId: w.eventId });
      expect(page).toMatchObject({ canManage: false, canAdjustStock: false });
      expect(page.items).toHaveLength(2);
    }
    actAs(w.organiser);
    expect(await loadItems({ orgId: w.orgId, eventId: w.eventId })).toMatchObject({
      canManage: true,
      canAdjustStock: true,
    });
    actAs(w.outsider);
    await expect(loadItems({ orgId: w.orgId, eventId: w.eventId })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(loadItems({ orgId: w.other.event.orgId, eventId: w.eventId })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});

function uploadForm(w: Awaited<ReturnType<typeof catalogWorld>>, itemId: string, file: File | string) {
  const form = new FormData();
  form.set("orgId", w.orgId);
  form.set("eventId", w.eventId);
  form.set("itemId", itemId);
  form.set("image", file);
  return form;
}

describe(`item images (${testDriver()})`, () => {
  it("stores an uploaded image re-encoded as WebP, shows it in the list, replaces and removes it", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const itemId = w.fixture.items[0]!.id;
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#f00" } })
      .png()
      .toBuffer();
    actAs(w.organiser);
    const result = await uploadItemImageAction(
      uploadForm(w, itemId, new File([new Uint8Array(png)], "shirt.png", { type: "image/png" })),
    );
    expect(result).toMatchObject({ ok: true, message: "Image uploaded." });
    if (!result.ok) return;
    const [blob] = await db.select().from(blobs).where(eq(blobs.id, result.data.blobId));
    expect(blob).toMatchObject({ orgId: w.orgId, contentType: "image/webp", width: 40, height: 30 });
    const page = await loadItems({ orgId: w.orgId, eventId: w.eventId });
    expect(page.items[0]?.image).toEqual({ url: blob!.url, width: 40, height: 30 });

    const second = await uploadItemImageAction(
      uploadForm(w, itemId, new File([new Uint8Array(png)], "again.png", { type: "image/png" })),
    );
    if (!second.ok) throw new Error(second.message);
    const [row] = await db.select().from(items).where(eq(items.id, itemId));
    expect(row?.imageBlobId).toBe(second.data.blobId);

    expect(await removeItemImageAction({ orgId: w.orgId, eventId: w.eventId, itemId })).toMatchObject({
      ok: true,
    });
    const [removed] = await db.select().from(items).where(eq(items.id, itemId));
    expect(removed?.imageBlobId).toBeNull();
    expect(await removeItemImageAction({ orgId: w.orgId, eventId: w.eventId, itemId })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await auditActions(db, w.orgId, itemId)).toEqual(["item.updated", "item.updated", "item.updated"]);
  });

  it("deletes the image it replaced or removed, unless another item still shows it", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const [shirt, sticker] = w.fixture.items;
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#0f0" } })
      .png()
      .toBuffer();
    const upload = async () => {
      const file = new File([new Uint8Array(png)], "shirt.png", { type: "image/png" });
      const result = await uploadItemImageAction(uploadForm(w, shirt!.id, file));
      if (!result.ok) throw new Error(result.message);
      const [blob] = await db.select().from(blobs).where(eq(blobs.id, result.data.blobId));
      return blob!;
    };
    const blobRow = async (id: string) => (await db.select().from(blobs).where(eq(blobs.id, id)))[0];
    const stored = (key: string) => getStorage().get(key);
    actAs(w.organiser);

    // The first image is also shown by another item (as a duplicated event's item would): it stays.
    const shared = await upload();
    await db.update(items).set({ imageBlobId: shared.id }).where(eq(items.id, sticker!.id));
    const second = await upload();
    expect(await blobRow(shared.id)).toBeDefined();
    expect(await stored(shared.key)).not.toBeNull();

    // Used by nothing else: replacing it deletes its row and its stored file.
    const third = await upload();
    expect(await blobRow(second.id)).toBeUndefined();
    expect(await stored(second.key)).toBeNull();
    expect(await blobRow(third.id)).toBeDefined();

    // Removing it does the same.
    expect(
      await removeItemImageAction({ orgId: w.orgId, eventId: w.eventId, itemId: shirt!.id }),
    ).toMatchObject({
      ok: true,
    });
    expect(await blobRow(third.id)).toBeUndefined();
    expect(await stored(third.key)).toBeNull();
    expect(await blobRow(shared.id)).toBeDefined();
    const [sharedItem] = await db.select().from(items).where(eq(items.id, sticker!.id));
    expect(sharedItem?.imageBlobId).toBe(shared.id);
  });

  it("refuses what is not an image, what is too large and a missing file, next to the field", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const itemId = w.fixture.items[0]!.id;
    actAs(w.organiser);
    const text = await uploadItemImageAction(
      uploadForm(w, itemId, new File(["hello, not a picture"], "shirt.png", { type: "image/png" })),
    );
    expect(text).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { image: ["The file is not an image"] },
    });

    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "huge.png", { type: "image/png" });
    expect(await uploadItemImageAction(uploadForm(w, itemId, big))).toMatchObject({
      ok: false,
      fieldErrors: { image: ["The image is too large (max 5 MB)"] },
    });
    expect(await uploadItemImageAction(uploadForm(w, itemId, "not a file"))).toMatchObject({
      ok: false,
      fieldErrors: { image: ["Choose an image file"] },
    });
    expect(await db.select().from(blobs).where(eq(blobs.orgId, w.orgId))).toEqual([]);
  });

  it("stores nothing for another organisation's item", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    actAs(w.organiser);
    const result = await uploadItemImageAction(
      uploadForm(w, w.other.items[0]!.id, new File([new Uint8Array(png)], "x.png")),
    );
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(blobs).where(eq(blobs.orgId, w.orgId))).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import { blobs, items, variants } from "@/db/schema";
import { imageUploadForm, type SampleTable } from "../samples";

const base = "app/dashboard/[orgId]/events/[eventId]/items";
const ref = (w: Parameters<SampleTable[string]>[0]) => ({ orgId: w.b.orgId, eventId: w.b.eventId });

export const samples: SampleTable = {
  [`${base}/loaders.ts#loadItems`]: (w) => ref(w),
  [`${base}/loaders.ts#loadItem`]: (w) => ({ ...ref(w), itemId: w.b.itemId }),
  [`${base}/actions.ts#createItemAction`]: (w) => ({
    ...ref(w),
    name: "Hoodie",
    description: "Warm",
    price: "25.00",
    maxPerOrder: 1,
    active: true,
    variantLabels: "S, M",
    initialStock: 5,
  }),
  [`${base}/actions.ts#updateItemAction`]: (w) => ({
    ...ref(w),
    itemId: w.b.itemId,
    name: "T-shirt (organic)",
    description: "",
    price: "0",
    maxPerOrder: 2,
    active: true,
  }),
  [`${base}/actions.ts#archiveItemAction`]: (w) => ({ ...ref(w), itemId: w.b.itemId }),
  [`${base}/actions.ts#unarchiveItemAction`]: async (w, db) => {
    const [item] = await db
      .insert(items)
      .values({ eventId: w.b.eventId, name: "Old mug", active: false, archivedAt: new Date() })
      .returning();
    return { ...ref(w), itemId: item!.id };
  },
  [`${base}/actions.ts#uploadItemImageAction`]: (w) =>
    imageUploadForm({ ...ref(w), itemId: w.b.itemId }, { fileField: "image", name: "shirt.png" }),
  [`${base}/actions.ts#removeItemImageAction`]: async (w, db) => {
    const [item] = await db.insert(items).values({ eventId: w.b.eventId, name: "Pictured" }).returning();
    // A blob row of B is all removal needs; no file has to exist.
    const [blob] = await db
      .insert(blobs)
      .values({
        orgId: w.b.orgId,
        key: `org/${w.b.orgId}/${item!.id}.webp`,
        url: `/blobs/org/${w.b.orgId}/${item!.id}.webp`,
        contentType: "image/webp",
        width: 8,
        height: 8,
        bytes: 10,
      })
      .returning();
    await db.update(items).set({ imageBlobId: blob!.id }).where(eq(items.id, item!.id));
    return { ...ref(w), itemId: item!.id };
  },
  [`${base}/actions.ts#reorderItemsAction`]: (w) => ({
    ...ref(w),
    itemIds: w.b.fixture.items.map((i) => i.id),
  }),
  [`${base}/actions.ts#createVariantAction`]: (w) => ({
    ...ref(w),
    itemId: w.b.itemId,
    label: "XL",
    stock: 3,
  }),
  [`${base}/actions.ts#updateVariantAction`]: (w) => ({
    ...ref(w),
    variantId: w.b.variantId,
    label: "Medium",
  }),
  [`${base}/actions.ts#deleteVariantAction`]: async (w, db) => {
    const [variant] = await db
      .insert(variants)
      .values({ itemId: w.b.itemId, eventId: w.b.eventId, label: "XXS", stock: 0, displayOrder: 9 })
      .returning();
    return { ...ref(w), variantId: variant!.id };
  },
  [`${base}/actions.ts#reorderVariantsAction`]: (w) => ({
    ...ref(w),
    itemId: w.b.itemId,
    variantIds: w.b.fixture.variants.map((v) => v.id).reverse(),
  }),
  [`${base}/actions.ts#adjustStockAction`]: (w) => ({
    ...ref(w),
    variantId: w.b.variantId,
    delta: -2,
    reason: "Two damaged in transport",
  }),
};

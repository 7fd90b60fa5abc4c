"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { limitMemberAction } from "@/lib/actions/member-rate-limit";
import { ok } from "@/lib/validation/action-result";
import { removeItemImage, setItemImage } from "@/lib/catalog/item-image";
import { createItem, setItemArchived, updateItem } from "@/lib/catalog/items";
import { reorderItems, reorderVariants } from "@/lib/catalog/reorder";
import {
  adjustStockSchema,
  createItemSchema,
  createVariantSchema,
  itemRefSchema,
  reorderItemsSchema,
  reorderVariantsSchema,
  updateItemSchema,
  updateVariantSchema,
  uploadImageSchema,
  variantRefSchema,
} from "@/lib/catalog/schemas";
import { adjustStock } from "@/lib/catalog/stock";
import { createVariant, deleteVariant, renameVariant } from "@/lib/catalog/variants";

/** The items pages of an event (list and edit pages share the layout path). */
function refresh(orgId: string, eventId: string) {
  revalidatePath(`/dashboard/${orgId}/events/${eventId}/items`, "layout");
}

export const createItemAction = orgAction({
  name: "createItem",
  permission: "items.manage",
  input: createItemSchema,
  run: async ({ db, actor, input: { orgId, eventId, ...fields } }) => {
    const item = await createItem({ db, actor, eventId, fields });
    refresh(orgId, eventId);
    return ok(`Added ${item.name}.`, { itemId: item.id });
  },
});

export const updateItemAction = orgAction({
  name: "updateItem",
  permission: "items.manage",
  input: updateItemSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId, ...fields } }) => {
    const item = await updateItem({ db, actor, eventId, itemId, fields });
    refresh(orgId, eventId);
    return ok(`Saved ${item.name}.`);
  },
});

export const archiveItemAction = orgAction({
  name: "archiveItem",
  permission: "items.manage",
  input: itemRefSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId } }) => {
    const item = await setItemArchived({ db, actor, eventId, itemId, archived: true });
    refresh(orgId, eventId);
    return ok(`Archived ${item.name}. Attendees no longer see it; its orders are kept.`);
  },
});

export const unarchiveItemAction = orgAction({
  name: "unarchiveItem",
  permission: "items.manage",
  input: itemRefSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId } }) => {
    const item = await setItemArchived({ db, actor, eventId, itemId, archived: false });
    refresh(orgId, eventId);
    return ok(`Restored ${item.name}. It is inactive until you make it active again.`);
  },
});

/** Takes FormData (the file cannot travel as JSON); the body size limit is set in next.config.ts. */
export const uploadItemImageAction = orgAction({
  name: "uploadItemImage",
  permission: "items.manage",
  input: uploadImageSchema,
  run: async ({ db, actor, user, input: { orgId, eventId, itemId, image } }) => {
    await limitMemberAction(db, { userId: user.id, policy: "uploadPerMember" });
    const stored = await setItemImage({ db, actor, eventId, itemId, file: image });
    refresh(orgId, eventId);
    return ok("Image uploaded.", stored);
  },
});

export const removeItemImageAction = orgAction({
  name: "removeItemImage",
  permission: "items.manage",
  input: itemRefSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId } }) => {
    await removeItemImage({ db, actor, eventId, itemId });
    refresh(orgId, eventId);
    return ok("Image removed.");
  },
});

export const reorderItemsAction = orgAction({
  name: "reorderItems",
  permission: "items.manage",
  input: reorderItemsSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemIds } }) => {
    await reorderItems({ db, actor, eventId, itemIds });
    refresh(orgId, eventId);
    return ok("Order of items saved.");
  },
});

export const createVariantAction = orgAction({
  name: "createVariant",
  permission: "items.manage",
  input: createVariantSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId, label, stock } }) => {
    const variant = await createVariant({ db, actor, eventId, itemId, label, stock });
    refresh(orgId, eventId);
    return ok(`Added variant ${variant.label}.`, { variantId: variant.id });
  },
});

export const updateVariantAction = orgAction({
  name: "updateVariant",
  permission: "items.manage",
  input: updateVariantSchema,
  run: async ({ db, actor, input: { orgId, eventId, variantId, label } }) => {
    await renameVariant({ db, actor, eventId, variantId, label });
    refresh(orgId, eventId);
    return ok(`Renamed the variant to ${label}.`);
  },
});

export const deleteVariantAction = orgAction({
  name: "deleteVariant",
  permission: "items.manage",
  input: variantRefSchema,
  run: async ({ db, actor, input: { orgId, eventId, variantId } }) => {
    const variant = await deleteVariant({ db, actor, eventId, variantId });
    refresh(orgId, eventId);
    return ok(`Deleted variant ${variant.label}.`);
  },
});

export const reorderVariantsAction = orgAction({
  name: "reorderVariants",
  permission: "items.manage",
  input: reorderVariantsSchema,
  run: async ({ db, actor, input: { orgId, eventId, itemId, variantIds } }) => {
    await reorderVariants({ db, actor, eventId, itemId, variantIds });
    refresh(orgId, eventId);
    return ok("Order of variants saved.");
  },
});

export const adjustStockAction = orgAction({
  name: "adjustStock",
  permission: "stock.adjust",
  input: adjustStockSchema,
  run: async ({ db, actor, input: { orgId, eventId, variantId, delta, reason } }) => {
    const { stock } = await adjustStock({ db, actor, eventId, variantId, delta, reason });
    refresh(orgId, eventId);
    return ok(`Stock ${delta > 0 ? "added" : "removed"}: ${stock} now available.`, { stock });
  },
});

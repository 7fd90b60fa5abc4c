import { z } from "zod";
import { text } from "@/lib/validation/text";
import { imageFileSchema } from "@/lib/storage/image-file-schema";
import { limits } from "@/lib/limits";
import { catalogLimits } from "./catalog-limits";
import { priceFormatMessage, priceTextPattern } from "./price";

/**
 * The catalogue's input schemas, shared by the dashboard forms (react-hook-form) and the server actions, so
 * the browser checks what the server checks. No server imports: client components use these.
 * The price's precision depends on the event's currency, which only the server knows: it is checked there
 * too (lib/catalog/items.ts) and reported on the same field.
 */
const ids = { orgId: z.uuid(), eventId: z.uuid() };

const name = text()
  .trim()
  .min(1, "Enter the item's name")
  .max(catalogLimits.itemNameMaxLength, `At most ${catalogLimits.itemNameMaxLength} characters`);
const description = text()
  .trim()
  .max(
    catalogLimits.itemDescriptionMaxLength,
    `At most ${catalogLimits.itemDescriptionMaxLength} characters`,
  );
const price = text().trim().regex(priceTextPattern, priceFormatMessage).or(z.literal(""));
const maxPerOrder = z.coerce
  .number<number>({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(1, "At least 1")
  .max(limits.quantityPerLine, `At most ${limits.quantityPerLine}`);
const stock = z.coerce
  .number<number>({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(0, "Stock cannot be negative")
  .max(catalogLimits.stockMax, `At most ${catalogLimits.stockMax.toLocaleString("en")}`);
const variantLabel = text()
  .trim()
  .min(1, "Enter a label, e.g. M or One size")
  .max(catalogLimits.variantLabelMaxLength, `At most ${catalogLimits.variantLabelMaxLength} characters`);

export const itemFieldsSchema = z.object({
  name,
  description,
  price,
  maxPerOrder,
  active: z.boolean(),
});
export type ItemFields = z.infer<typeof itemFieldsSchema>;

/** Labels typed as "S, M, L"; empty means a single "One size" variant. */
const variantLabels = text()
  .trim()
  .max(1000, "Too long")
  .refine((text) => splitLabels(text).length <= catalogLimits.variantsPerItem, {
    message: `At most ${catalogLimits.variantsPerItem} variants`,
  })
  .refine((text) => splitLabels(text).every((l) => l.length <= catalogLimits.variantLabelMaxLength), {
    message: `Each label has at most ${catalogLimits.variantLabelMaxLength} characters`,
  })
  .refine(
    (text) => new Set(splitLabels(text).map((l) => l.toLowerCase())).size === splitLabels(text).length,
    {
      message: "Each label only once",
    },
  );

export function splitLabels(text: string): string[] {
  return text
    .split(",")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export const createItemFormSchema = itemFieldsSchema.extend({ variantLabels, initialStock: stock });
export const createItemSchema = createItemFormSchema.extend(ids).strict();
export type CreateItemForm = z.infer<typeof createItemFormSchema>;

export const updateItemSchema = itemFieldsSchema.extend({ ...ids, itemId: z.uuid() }).strict();

export const itemRefSchema = z.object({ ...ids, itemId: z.uuid() }).strict();

/** FormData from the upload form: the File is checked here for presence and size, by content on the server. */
export const uploadImageSchema = z
  .object({
    ...ids,
    itemId: z.uuid(),
    image: imageFileSchema,
  })
  .strict();

export const variantFormSchema = z.object({ label: variantLabel, stock });
export const createVariantSchema = variantFormSchema.extend({ ...ids, itemId: z.uuid() }).strict();

export const variantLabelFormSchema = z.object({ label: variantLabel });
export const updateVariantSchema = variantLabelFormSchema.extend({ ...ids, variantId: z.uuid() }).strict();

export const variantRefSchema = z.object({ ...ids, variantId: z.uuid() }).strict();

export const stockAdjustFormSchema = z.object({
  delta: z.coerce
    .number<number>({ error: "Enter a whole number, e.g. 10 or -3" })
    .int("Enter a whole number, e.g. 10 or -3")
    .refine((n) => n !== 0, "Enter a change other than 0")
    .refine((n) => Math.abs(n) <= catalogLimits.stockMax, {
      message: `At most ${catalogLimits.stockMax.toLocaleString("en")} at once`,
    }),
  reason: text()
    .trim()
    .min(1, "Give a reason, e.g. delivery from supplier")
    .max(limits.stockReasonMaxLength, `At most ${limits.stockReasonMaxLength} characters`),
});
export const adjustStockSchema = stockAdjustFormSchema.extend({ ...ids, variantId: z.uuid() }).strict();

const idList = (max: number) =>
  z.array(z.uuid()).min(1, "The list is empty").max(max, `At most ${max} entries`);
export const reorderItemsSchema = z.object({ ...ids, itemIds: idList(catalogLimits.itemsPerEvent) }).strict();
export const reorderVariantsSchema = z
  .object({ ...ids, itemId: z.uuid(), variantIds: idList(catalogLimits.variantsPerItem) })
  .strict();

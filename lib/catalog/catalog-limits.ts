/**
 * Limits of the catalogue (items, variants, stock). Kept beside the domain rather than in lib/limits.ts,
 * which another part of the dashboard owns; the upload limit itself comes from lib/limits.ts.
 */
export const catalogLimits = {
  itemNameMaxLength: 120,
  itemDescriptionMaxLength: 2000,
  variantLabelMaxLength: 60,
  variantsPerItem: 50,
  itemsPerEvent: 500,
  /** The most units one variant can hold; also the largest single adjustment. */
  stockMax: 1_000_000,
  /** Well inside Postgres integer (items.price_minor), in minor units of any currency. */
  priceMaxMinor: 100_000_000,
} as const;

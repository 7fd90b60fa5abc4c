import { test } from "@playwright/test";

/**
 * An address no other test (or earlier run against a reused server) has used: the per-attendee limit is one
 * order per email, so sharing an address would make tests depend on each other.
 */
export function uniqueEmail(tag = "attendee"): string {
  const { testId, repeatEachIndex, retry } = test.info();
  const random = Math.random().toString(36).slice(2, 8);
  return `e2e-${tag}-${testId}-${repeatEachIndex}-${retry}-${Date.now()}-${random}@example.com`.toLowerCase();
}

/** The seeded demo data (db/seed.ts) the attendee specs rely on. */
export const DEVCONF = {
  slug: "devconf",
  eventName: "DevConf 2027",
  pageTitle: "DevConf 2027 swag",
  ctaLabel: "Get your t-shirt",
  shirt: "DevConf t-shirt",
  socks: "Conference socks",
  sizes: ["XS", "S", "M", "L", "XL", "XXL"],
  lowStockSize: "L",
  lowStockLeft: 3,
  soldOutSize: "XL",
  referencePattern: /^DEV-[2-9A-HJ-NP-Z]{6}$/,
} as const;

export const BREAKFAST = {
  slug: "breakfast",
  eventName: "Community Breakfast",
  item: "Breakfast",
  referencePattern: /^BRK-[2-9A-HJ-NP-Z]{6}$/,
} as const;

export const DRAFT_SLUG = "summit";

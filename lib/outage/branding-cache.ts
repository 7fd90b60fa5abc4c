import "server-only";
import type { BrandFont } from "@/lib/format/brand-colours";

/**
 * The last branding each event's public page was rendered with, kept in this process's memory so the
 * "temporarily unavailable" answer can wear the event's colours without asking the database that is away.
 * Filled by every successful public-event load (landing page renders and revalidations, the order page).
 * Per instance and best effort: an instance that has not served the event yet answers in platform colours.
 * Bounded: the oldest entry goes first.
 */
export type CachedBranding = {
  eventName: string;
  primaryColor: string;
  accentColor: string;
  font?: BrandFont;
};

const MAX_EVENTS = 500;

// On globalThis, not in a module variable: Next bundles each route on its own, so the pages that fill this and
// the 503 route that reads it would each get their own copy of a module-level Map (seen on a production build:
// the 503 page stayed unbranded after the event's pages were served).
const STORE = Symbol.for("swagstand.outage.branding-cache");
const shared = globalThis as typeof globalThis & { [STORE]?: Map<string, CachedBranding> };
const bySlug = (shared[STORE] ??= new Map<string, CachedBranding>());

export function rememberBranding(slug: string, branding: CachedBranding): void {
  bySlug.delete(slug); // re-inserted last: most recently seen
  bySlug.set(slug, branding);
  if (bySlug.size > MAX_EVENTS) bySlug.delete(bySlug.keys().next().value as string);
}

export function cachedBranding(slug: string): CachedBranding | undefined {
  return bySlug.get(slug);
}

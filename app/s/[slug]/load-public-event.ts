import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getPublicEvent } from "@/lib/events/queries";
import { withPublishedPage } from "@/lib/pages/public-landing";
import { rememberBranding } from "@/lib/outage/branding-cache";

/**
 * getPublicEvent for the current render, memoised per request so generateMetadata, generateViewport and the
 * page share one lookup (React's cache() compares arguments, hence a plain string rather than an object).
 * Each event found leaves its branding in the outage cache, for the 503 page to wear (ADR 013).
 */
export const loadPublicEvent = cache(async (slug: string) => {
  const event = await getPublicEvent({ db: getDb(), slug });
  if (event) {
    const { page } = event;
    rememberBranding(slug, {
      eventName: event.name,
      primaryColor: page.primaryColor,
      accentColor: page.accentColor,
      font: page.font,
    });
  }
  return event;
});

/** The event with its published page document, theme and images: what the landing page draws. */
export const loadPublicLanding = cache(async (slug: string) => {
  const event = await loadPublicEvent(slug);
  return event ? withPublishedPage(getDb(), event) : null;
});

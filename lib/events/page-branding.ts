import { pageContentSchema } from "@/lib/events/page-content";

/** What emails and the attendee pages need to look like the event. Same shape as the outbox payload's. */
export type Branding = {
  eventName: string;
  eventSlug: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
};

/** Neutral colours for an event whose page was never published (both pass WCAG AA on white). */
export const DEFAULT_PRIMARY_COLOR = "#1F2937";
export const DEFAULT_ACCENT_COLOR = "#1D4ED8";

/**
 * Branding from the newest published page content (stored JSON, so it is parsed, not trusted).
 * logoUrl stays null until the storage layer can turn a blob id into an absolute URL for emails.
 */
export function brandingFrom(input: { eventName: string; eventSlug: string; pageContent: unknown }): {
  branding: Branding;
  pickupInfo: string;
} {
  const page = pageContentSchema.safeParse(input.pageContent);
  return {
    branding: {
      eventName: input.eventName,
      eventSlug: input.eventSlug,
      primaryColor: page.success ? page.data.primaryColor : DEFAULT_PRIMARY_COLOR,
      accentColor: page.success ? page.data.accentColor : DEFAULT_ACCENT_COLOR,
      logoUrl: null,
    },
    pickupInfo: page.success ? page.data.pickupInfo : "",
  };
}

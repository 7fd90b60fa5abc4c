import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events, type Event } from "@/db/schema";
import { formatEventDates } from "@/lib/format/date-time";
import { DEFAULT_ACCENT_COLOR, DEFAULT_PRIMARY_COLOR } from "@/lib/events/page-branding";
import { defaultPageDocument } from "@/lib/pages/default-page";
import type { PageDocument } from "@/lib/pages/page-document";
import { failingContrast, themeSchema, type Theme } from "@/lib/pages/theme";
import { documentOfRow } from "./published-versions";

/** The page a new event starts from: its name as the heading, its dates as the tagline, its items, a button. */
export function templatePage(event: Pick<Event, "name" | "startsAt" | "endsAt" | "timeZone">): PageDocument {
  return defaultPageDocument({
    title: event.name,
    tagline: formatEventDates(event.startsAt, event.endsAt, event.timeZone) ?? "",
    descriptionMd: "",
    heroBlobId: null,
    ctaLabel: "Order now",
    pickupInfo: "",
  });
}

/**
 * The organisation's look for a new event: the theme of its most recently published page (another event's),
 * so a team's second shop already wears its brand, when that theme passes every contrast check; else neutral
 * colours that do.
 */
export async function organisationTheme({ db, orgId }: { db: Db; orgId: string }): Promise<Theme> {
  const [row] = await db
    .select({ content: eventPages.content, document: eventPages.document, theme: eventPages.theme })
    .from(eventPages)
    .innerJoin(events, eq(events.id, eventPages.eventId))
    .where(and(eq(events.orgId, orgId), isNotNull(eventPages.publishedAt)))
    .orderBy(desc(eventPages.publishedAt))
    .limit(1);
  if (row) {
    const parsed = themeSchema.safeParse(documentOfRow(row).theme);
    // An older page's colours may fail a check the editor now makes (the focus ring on the accent): a new
    // event must be publishable as it starts, so such a theme is not carried over.
    if (parsed.success && failingContrast(parsed.data).length === 0) return parsed.data;
  }
  return themeSchema.parse({ primaryColor: DEFAULT_PRIMARY_COLOR, accentColor: DEFAULT_ACCENT_COLOR });
}

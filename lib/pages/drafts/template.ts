import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events, type Event } from "@/db/schema";
import { formatEventDates } from "@/lib/format/date-time";
import { DEFAULT_ACCENT_COLOR, DEFAULT_PRIMARY_COLOR } from "@/lib/events/page-branding";
import { defaultPageDocument } from "@/lib/pages/default-page";
import type { PageDocument } from "@/lib/pages/page-document";
import { themeSchema, type Theme } from "@/lib/pages/theme";
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
 * so a team's second shop already wears its brand; else neutral colours that pass every contrast check.
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
    if (parsed.success) return parsed.data;
  }
  return themeSchema.parse({ primaryColor: DEFAULT_PRIMARY_COLOR, accentColor: DEFAULT_ACCENT_COLOR });
}

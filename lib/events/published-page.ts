import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events, formVersions } from "@/db/schema";

/**
 * What "the published page" of an event means, in one place: its newest published page version and its newest
 * form version. The landing page (lib/events/queries.ts) and order placing (lib/orders/load-ordering-context.ts)
 * both join these as lateral subqueries on `events`, so an attendee is never shown one page or form and
 * ordered against another.
 */
export function livePageSubquery(db: Db, name: string) {
  return db
    .select({
      content: eventPages.content,
      document: eventPages.document,
      theme: eventPages.theme,
      version: eventPages.version,
    })
    .from(eventPages)
    .where(and(eq(eventPages.eventId, events.id), isNotNull(eventPages.publishedAt)))
    .orderBy(desc(eventPages.publishedAt), desc(eventPages.version))
    .limit(1)
    .as(name);
}

/** The event's current form: its newest version (published on save; there are no unpublished versions). */
export function currentFormSubquery(db: Db, name: string) {
  return db
    .select({ id: formVersions.id, version: formVersions.version, fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.eventId, events.id))
    .orderBy(desc(formVersions.version))
    .limit(1)
    .as(name);
}

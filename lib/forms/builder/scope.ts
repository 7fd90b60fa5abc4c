import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, formVersions } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import type { FieldDefinition } from "@/lib/forms/definitions";

/** The event as the builder shows it. */
export type FormEvent = {
  id: string;
  orgId: string;
  name: string;
  slug: string;
  status: "draft" | "published" | "closed" | "archived";
  currency: string;
  timeZone: string;
};

/**
 * The organisation's event, or "not found": every builder query starts here, so an event id from the browser
 * is only trusted after this join, and another organisation's event looks like no event at all.
 */
export async function requireFormEvent({
  db,
  orgId,
  eventId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
}): Promise<FormEvent> {
  const [event] = await db
    .select({
      id: events.id,
      orgId: events.orgId,
      name: events.name,
      slug: events.slug,
      status: events.status,
      currency: events.currency,
      timeZone: events.timeZone,
    })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.orgId, orgId)));
  if (!event) throw new NotFoundError("event");
  return event;
}

/** The newest published version (the one attendees answer), or null when the form was never published. */
export async function newestFormVersion({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<{ id: string; version: number; fields: FieldDefinition[]; publishedAt: Date } | null> {
  const [row] = await db
    .select({
      id: formVersions.id,
      version: formVersions.version,
      fields: formVersions.fields,
      publishedAt: formVersions.publishedAt,
    })
    .from(formVersions)
    .where(eq(formVersions.eventId, eventId))
    .orderBy(desc(formVersions.version))
    .limit(1);
  return row ?? null;
}

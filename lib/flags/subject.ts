import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import type { FlagSubject } from "./rules";

/** The organisation and event an attendee request is about, for flag evaluation; null for no public event. */
export async function flagSubjectForSlug(db: Db, slug: unknown): Promise<Required<FlagSubject> | null> {
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,63}$/.test(slug)) return null;
  const [row] = await db
    .select({ orgId: events.orgId, eventId: events.id })
    .from(events)
    .where(and(eq(events.slug, slug), inArray(events.status, ["published", "closed"])))
    .limit(1);
  return row ?? null;
}

import "server-only";
import type { Db } from "@/db/client";
import { getOrgEvent } from "@/lib/events/org-event";
import { isSlugTaken } from "./queries";
import { slugFormatProblem } from "./slug";

export type SlugAvailability = {
  status: "available" | "current" | "taken" | "reserved" | "invalid";
  /** What the form announces as the organiser types. */
  message: string;
};

export const SLUG_TAKEN_MESSAGE = "This address is already used by another event. Choose another.";

/**
 * The live check behind the slug field: format and reserved words first (no query needed), then the
 * platform-wide uniqueness. `eventId` is the event being edited, whose own slug is not "taken"; it must be
 * the organisation's (NotFoundError otherwise), so the check cannot be used to probe another event's slug.
 * Only a hint: the unique index decides when the event is saved.
 */
export async function checkSlugAvailability({
  db,
  orgId,
  slug: raw,
  eventId,
}: {
  db: Db;
  orgId: string;
  slug: string;
  eventId?: string;
}): Promise<SlugAvailability> {
  const slug = raw.trim().toLowerCase();
  const current = eventId ? await getOrgEvent({ db, orgId, eventId }) : null;
  if (current && current.slug === slug) {
    return { status: "current", message: `${slug} is this event’s current address.` };
  }
  const problem = slugFormatProblem(slug);
  if (problem) {
    return { status: problem.problem === "reserved" ? "reserved" : "invalid", message: problem.message };
  }
  if (await isSlugTaken({ db, slug, exceptEventId: current?.id })) {
    return { status: "taken", message: SLUG_TAKEN_MESSAGE };
  }
  return { status: "available", message: `${slug} is available.` };
}

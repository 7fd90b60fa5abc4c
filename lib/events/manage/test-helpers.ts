import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries } from "@/db/schema";

/** A valid create-form submission; override any field. */
export function eventFormInput(orgId: string, slug: string, over: Record<string, unknown> = {}) {
  return {
    orgId,
    name: "DevConf 2027",
    slug,
    timeZone: "Europe/Amsterdam",
    startsAt: "2027-03-03T09:00",
    endsAt: "2027-03-05T18:00",
    orderingOpensAt: "2027-02-01T09:00",
    orderingClosesAt: "2027-03-04T12:00",
    maxOrdersPerAttendee: 2,
    currency: "EUR",
    referencePrefix: "DEV",
    ...over,
  };
}

export async function auditOf(db: Db, orgId: string, action: string) {
  return db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, action)));
}

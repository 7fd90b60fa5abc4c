import "server-only";
import { eq } from "drizzle-orm";
import { formatShortDateTime } from "@/lib/format/date-time";
import type { Db } from "@/db/client";
import { formDrafts, users } from "@/db/schema";
import { reject } from "@/lib/validation/action-result";

/**
 * Refuses a change based on an out-of-date draft (another tab or another organiser saved meanwhile), naming
 * who and when so the person knows what they are about to reload.
 */
export async function rejectStaleDraft({
  db,
  eventId,
  timeZone,
}: {
  db: Db;
  eventId: string;
  timeZone: string;
}): Promise<never> {
  const [row] = await db
    .select({ updatedAt: formDrafts.updatedAt, name: users.name, email: users.email })
    .from(formDrafts)
    .leftJoin(users, eq(users.id, formDrafts.updatedByUserId))
    .where(eq(formDrafts.eventId, eventId));
  const who = row?.name?.trim() || row?.email || "another member";
  const when = row ? ` at ${formatShortDateTime(row.updatedAt, timeZone)}` : "";
  return reject(
    "conflict",
    `This form was changed elsewhere (by ${who}${when}). Reload to see the latest version; your last change was not saved.`,
  );
}

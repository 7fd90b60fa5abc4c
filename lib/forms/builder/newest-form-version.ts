import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formVersions } from "@/db/schema";
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

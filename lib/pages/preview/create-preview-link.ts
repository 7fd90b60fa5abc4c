import "server-only";
import type { Db } from "@/db/client";
import { getOrgEvent } from "@/lib/events/org-event";
import { reject } from "@/lib/validation/action-result";
import { eventUrl } from "@/lib/tenancy/event-url";
import { createPreviewToken } from "../preview-token";

/**
 * A private preview link to the event's draft page on its real subdomain (ADR 022). The event is looked up
 * within the organisation first, so an id from the browser never yields a link to another organisation's
 * draft; an archived event has no shop to preview.
 */
export async function createPreviewLink({
  db,
  orgId,
  eventId,
  now = new Date(),
}: {
  db: Db;
  orgId: string;
  eventId: string;
  now?: Date;
}): Promise<{ url: string; expiresAt: Date }> {
  const event = await getOrgEvent({ db, orgId, eventId });
  if (event.status === "archived") {
    reject("conflict", "This event is archived: it has no shop to preview. Restore it first.");
  }
  const { token, expiresAt } = createPreviewToken({ eventId: event.id, now });
  return { url: eventUrl(event.slug, `/preview/${token}`), expiresAt };
}

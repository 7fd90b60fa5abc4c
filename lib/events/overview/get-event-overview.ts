import "server-only";
import type { Db } from "@/db/client";
import { buildOverview, type EventOverview } from "./build-overview";
import { getOverviewData } from "./queries";

export type { EventOverview };

/** The event overview of one organisation's event (NotFoundError for another organisation's). */
export async function getEventOverview({
  db,
  orgId,
  eventId,
  now = new Date(),
}: {
  db: Db;
  orgId: string;
  eventId: string;
  now?: Date;
}): Promise<EventOverview> {
  return buildOverview(await getOverviewData({ db, orgId, eventId }), now);
}

import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { getEventOverview } from "@/lib/events/overview/get-event-overview";
import { eventUrl } from "@/lib/tenancy/event-url";
import { supplierProgress } from "@/lib/suppliers/supplier-progress";

/**
 * The event's overview: counts and sums only, never an order or an attendee, because every role may see it
 * (marketers and viewers included).
 */
export const loadEventOverview = orgLoader({
  name: "loadEventOverview",
  permission: "events.view",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid() }),
  load: async ({ db, member, input }) => {
    const overview = await getEventOverview({ db, orgId: member.orgId, eventId: input.eventId });
    return {
      ...overview,
      // Counts per supplier name: for those who follow orders (issue 12).
      suppliers: member.can("orders.view") ? await supplierProgress({ db, eventId: input.eventId }) : null,
      shopUrl: eventUrl(overview.event.slug),
      canManageItems: member.can("items.manage"),
      canViewOrders: member.can("orders.view"),
      /** Desk staff go straight to the desk: the overview is not theirs (issue 12). */
      deskOnly: member.can("orders.collect") && !member.can("orders.view"),
    };
  },
});

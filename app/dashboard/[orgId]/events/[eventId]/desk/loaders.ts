import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { getOrgEvent } from "@/lib/events/org-event";

/** The desk page's frame: the event's name and prefix only (no order until one is looked up). */
export const loadDesk = orgLoader({
  name: "loadDesk",
  permission: "orders.collect",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid() }),
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    return { event: { id: event.id, name: event.name, referencePrefix: event.referencePrefix } };
  },
});

import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { getItem, listItems } from "@/lib/catalog/queries";

/** The items list: viewers and marketers may look, the flags say which controls to show. */
export const loadItems = orgLoader({
  name: "loadItems",
  permission: "events.details",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid(), archived: z.boolean().optional() }),
  load: async ({ db, member, input }) => ({
    ...(await listItems({ db, orgId: member.orgId, eventId: input.eventId, archived: input.archived })),
    canManage: member.can("items.manage"),
    canAdjustStock: member.can("stock.adjust"),
  }),
});

export const loadItem = orgLoader({
  name: "loadItem",
  permission: "events.details",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid(), itemId: z.uuid() }),
  load: async ({ db, member, input }) => ({
    ...(await getItem({ db, orgId: member.orgId, eventId: input.eventId, itemId: input.itemId })),
    canManage: member.can("items.manage"),
    canAdjustStock: member.can("stock.adjust"),
  }),
});

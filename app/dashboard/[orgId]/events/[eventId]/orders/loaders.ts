import "server-only";
import { orgLoader } from "@/lib/actions/define";
import { listOrders, loadFilterOptions } from "@/lib/orders/manage/list-orders";
import { orderTableInput } from "@/lib/orders/manage/order-filters";
import { getOrgEvent } from "@/lib/events/org-event";

/**
 * The orders table of one event: a page of rows (names and emails masked on the server for members without
 * "personalData.view"), the capped count, and the item/variant menus. The table state comes straight from
 * the URL's search params.
 */
export const loadOrdersTable = orgLoader({
  name: "loadOrdersTable",
  permission: "orders.view",
  input: orderTableInput,
  load: async ({ db, member, input }) => {
    const { orgId, eventId, ...filters } = input;
    const event = await getOrgEvent({ db, orgId, eventId });
    const canSeePersonal = member.can("personalData.view");
    const [page, options] = await Promise.all([
      listOrders({ db, event, filters, canSeePersonal }),
      loadFilterOptions({ db, eventId: event.id }),
    ]);
    return {
      event: { id: event.id, name: event.name, slug: event.slug, timeZone: event.timeZone },
      filters,
      page,
      options,
      canSeePersonal,
      canManage: member.can("orders.manage"),
      canExport: member.can("orders.export"),
    };
  },
});

import "server-only";
import { orgLoader } from "@/lib/actions/define";
import { exportOrdersCsv } from "@/lib/orders/manage/export-csv";
import { orderTableInput } from "@/lib/orders/manage/order-filters";
import { getOrgEvent } from "@/lib/events/org-event";

/**
 * The orders CSV of one event, following the table's filters and sort (its search params). Returns the
 * stream unread: the route handler sends it, and the export is audited when it has been read to the end.
 */
export const loadOrdersExport = orgLoader({
  name: "loadOrdersExport",
  permission: "orders.export",
  input: orderTableInput,
  load: async ({ db, user, member, input }) => {
    // The export starts at the first row whatever page the table was on, and is not paged.
    const { orgId, eventId, q, status, item, variant, from, to, sort } = input;
    const query = { q, status, item, variant, from, to, sort };
    const event = await getOrgEvent({ db, orgId, eventId });
    return exportOrdersCsv({
      db,
      event,
      query,
      canSeePersonal: member.can("personalData.view"),
      actorUserId: user.id,
    });
  },
});

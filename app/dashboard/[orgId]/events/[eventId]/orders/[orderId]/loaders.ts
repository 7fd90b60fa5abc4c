import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { failedAttendeeEmails } from "@/lib/orders/manage/attendee-email-failures";
import { getOrderDetail } from "@/lib/orders/manage/order-detail";

/**
 * One order for the detail page. Masked (and without notes) for members who may not see personal data:
 * the masking happens in the query, so the unmasked values never reach their browser.
 */
export const loadOrderDetail = orgLoader({
  name: "loadOrderDetail",
  permission: "orders.view",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid(), orderId: z.uuid() }),
  load: async ({ db, member, input }) => {
    const order = await getOrderDetail({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      orderId: input.orderId,
      showPersonalData: member.can("personalData.view"),
      canManage: member.can("orders.manage"),
    });
    // After getOrderDetail: it found the order in the member's organisation (or threw not-found).
    const failedEmails = await failedAttendeeEmails({ db, eventId: order.event.id, orderId: order.id });
    return { order, canManage: member.can("orders.manage"), failedEmails };
  },
});

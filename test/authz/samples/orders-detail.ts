import type { SampleTable } from "../samples";

const dir = "app/dashboard/[orgId]/events/[eventId]/orders";

export const samples: SampleTable = {
  // The world's order has a note and personal answers: a viewer must get it masked and without the note.
  [`${dir}/[orderId]/loaders.ts#loadOrderDetail`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    orderId: w.b.orderId,
  }),
  [`${dir}/actions.ts#changeOrderStatus`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    orderId: w.b.orderId,
    to: "confirmed",
    note: "Confirmed by the desk",
  }),
  [`${dir}/actions.ts#bulkChangeOrderStatus`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    orderIds: [w.b.orderId],
    to: "cancelled",
  }),
  [`${dir}/actions.ts#addOrderNote`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    orderId: w.b.orderId,
    body: "Collected the spare size",
  }),
};

import type { SampleTable } from "../samples";

const dir = "app/dashboard/[orgId]/events/[eventId]/orders";

export const samples: SampleTable = {
  // A search and a status filter: the world's placed order matches, so a role that may read sees a row.
  [`${dir}/loaders.ts#loadOrdersTable`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    q: w.b.orderReference,
    status: ["placed"],
  }),
  [`${dir}/export/loaders.ts#loadOrdersExport`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    item: w.b.itemId,
  }),
};

import { eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { SampleTable } from "../samples";

const dir = "app/dashboard/[orgId]/events/[eventId]/desk";

export const samples: SampleTable = {
  [`${dir}/loaders.ts#loadDesk`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
  // Desk staff get the name and the items: the test below checks that no email or answer reaches them.
  [`${dir}/actions.ts#findDeskOrder`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    reference: w.b.orderReference,
  }),
  [`${dir}/actions.ts#searchDeskOrders`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId, name: "Grace" }),
  [`${dir}/actions.ts#collectDeskOrder`]: async (w, db) => {
    // Collectable: the organisers confirmed it (a placed order is refused at the desk).
    await db.update(orders).set({ status: "confirmed" }).where(eq(orders.id, w.b.orderId));
    return { orgId: w.b.orgId, eventId: w.b.eventId, orderId: w.b.orderId };
  },
};

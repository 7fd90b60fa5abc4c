import type { DeskOrder } from "@/lib/orders/desk/find-desk-order";
import type { DeskSearchHit } from "@/lib/orders/desk/search-desk-orders";
import type { ActionResult } from "@/lib/validation/action-result";

/** The desk page's server actions, passed in as props (components never import app/). */
export type DeskActions = {
  find: (input: { orgId: string; eventId: string; reference: string }) => Promise<ActionResult<DeskOrder>>;
  search: (input: { orgId: string; eventId: string; name: string }) => Promise<ActionResult<DeskSearchHit[]>>;
  collect: (input: {
    orgId: string;
    eventId: string;
    orderId: string;
  }) => Promise<ActionResult<{ reference: string }>>;
};

export type { DeskOrder, DeskSearchHit };

"use server";

import { orgAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/validation/action-result";
import { collectOrder } from "@/lib/orders/desk/collect-order";
import { findDeskOrder as findOrder } from "@/lib/orders/desk/find-desk-order";
import { searchDeskOrders as searchOrders } from "@/lib/orders/desk/search-desk-orders";
import {
  collectDeskOrderSchema,
  findDeskOrderSchema,
  searchDeskOrdersSchema,
} from "@/lib/orders/desk/desk-schemas";

/**
 * The collection desk (issue 12): find by reference (typed or scanned), search by name, collect. All three
 * need only "orders.collect"; answers are added for members who may read personal data.
 */
export const findDeskOrder = orgAction({
  name: "findDeskOrder",
  permission: "orders.collect",
  input: findDeskOrderSchema,
  run: async ({ db, member, input }) => {
    const found = await findOrder({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      reference: input.reference,
      showAnswers: member.can("personalData.view"),
    });
    if (found.kind === "other_event") {
      return fail(
        "not_found",
        `${found.reference} is an order of ${found.eventName}, not of this event. Nothing was changed.`,
      );
    }
    if (found.kind === "unknown") {
      return fail(
        "not_found",
        `No order ${found.reference} at this event. Check the reference or search by name.`,
      );
    }
    return ok(`Order ${found.order.reference}`, found.order);
  },
});

export const searchDeskOrders = orgAction({
  name: "searchDeskOrders",
  permission: "orders.collect",
  input: searchDeskOrdersSchema,
  run: async ({ db, member, input }) => {
    const hits = await searchOrders({ db, orgId: member.orgId, eventId: input.eventId, name: input.name });
    return ok(hits.length === 0 ? "No order under that name." : `${hits.length} found`, hits);
  },
});

export const collectDeskOrder = orgAction({
  name: "collectDeskOrder",
  permission: "orders.collect",
  input: collectDeskOrderSchema,
  run: async ({ db, user, member, input }) => {
    const result = await collectOrder({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      orderId: input.orderId,
      actorUserId: user.id,
    });
    if (!result.ok) return fail(result.code === "not_found" ? "not_found" : "conflict", result.message);
    return ok(`Order ${result.reference} collected. Hand it over.`, { reference: result.reference });
  },
});

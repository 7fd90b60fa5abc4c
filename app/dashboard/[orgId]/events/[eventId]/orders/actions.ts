"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import {
  bulkChangeOrderStatus as bulkChange,
  bulkMessage,
  changeOrderStatus as changeOne,
} from "@/lib/orders/manage/change-order-status";
import {
  addOrderNoteSchema,
  bulkChangeOrderStatusSchema,
  changeOrderStatusSchema,
} from "@/lib/orders/manage/detail-schemas";
import { addOrderNote as addNote } from "@/lib/orders/manage/notes";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";

const ordersPath = (orgId: string, eventId: string) => `/dashboard/${orgId}/events/${eventId}/orders`;

/** One order to a new status: history, the attendee's email and the audit entry in one transaction. */
export const changeOrderStatus = orgAction({
  name: "changeOrderStatus",
  permission: "orders.manage",
  input: changeOrderStatusSchema,
  run: async ({ db, user, member, input }) => {
    const changed = await changeOne({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      orderId: input.orderId,
      to: input.to,
      note: input.note,
      actorUserId: user.id,
    });
    revalidatePath(ordersPath(member.orgId, input.eventId), "layout");
    return ok(
      `Order ${changed.reference} marked ${teamStatusLabel(changed.to).toLowerCase()}. The attendee will be emailed.`,
      { orderId: changed.orderId, status: changed.to },
    );
  },
});

/** Many orders of one event to one status; orders whose status does not allow it are skipped with a reason. */
export const bulkChangeOrderStatus = orgAction({
  name: "bulkChangeOrderStatus",
  permission: "orders.manage",
  input: bulkChangeOrderStatusSchema,
  run: async ({ db, user, member, input }) => {
    const { changed, skipped } = await bulkChange({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      orderIds: input.orderIds,
      to: input.to,
      note: input.note,
      actorUserId: user.id,
    });
    revalidatePath(ordersPath(member.orgId, input.eventId), "layout");
    return ok(bulkMessage(input.to, changed.length, skipped), {
      changed: changed.length,
      skipped: skipped.map(({ orderId, reason }) => ({ orderId, reason })),
    });
  },
});

/** An internal note, for the team only. */
export const addOrderNote = orgAction({
  name: "addOrderNote",
  permission: "orders.manage",
  input: addOrderNoteSchema,
  run: async ({ db, user, member, input }) => {
    const note = await addNote({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      orderId: input.orderId,
      authorUserId: user.id,
      body: input.body,
    });
    revalidatePath(`${ordersPath(member.orgId, input.eventId)}/${input.orderId}`);
    return ok(`Note added to order ${note.reference}.`, { noteId: note.noteId });
  },
});

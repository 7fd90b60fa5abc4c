"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/actions/define";
import { ok, reject } from "@/lib/validation/action-result";
import { assignItemSupplier, setSharedFields } from "@/lib/suppliers/assignment";
import { dispatchBatch } from "@/lib/suppliers/dispatch";
import { assignItemSupplierSchema, sharedFieldsSchema, supplierEventSchema } from "@/lib/suppliers/schemas";
import { requireSupplier } from "@/lib/suppliers/suppliers";
import { resendDispatch } from "@/lib/suppliers/resend-dispatch";
import { getOrgEvent } from "@/lib/events/org-event";
import { issueSupplierLink, supplierLinkUrl } from "@/lib/suppliers/supplier-link";

function refresh(orgId: string, eventId: string) {
  revalidatePath(`/dashboard/${orgId}/events/${eventId}`, "layout");
}

export const assignItemSupplierAction = orgAction({
  name: "assignItemSupplier",
  permission: "suppliers.manage",
  input: assignItemSupplierSchema,
  run: async ({ db, actor, member, input }) => {
    const done = await assignItemSupplier({
      db,
      actor,
      eventId: input.eventId,
      itemId: input.itemId,
      supplierId: input.supplierId || null,
    });
    refresh(member.orgId, input.eventId);
    return ok(
      done.supplierName
        ? `${done.itemName} is now supplied by ${done.supplierName}.`
        : `${done.itemName} is now fulfilled by your team.`,
    );
  },
});

export const setSharedFieldsAction = orgAction({
  name: "setSharedFields",
  permission: "suppliers.manage",
  input: sharedFieldsSchema,
  run: async ({ db, actor, member, input }) => {
    const done = await setSharedFields({
      db,
      actor,
      eventId: input.eventId,
      supplierId: input.supplierId,
      fieldKeys: input.fieldKeys,
    });
    refresh(member.orgId, input.eventId);
    return ok(
      done.count === 0
        ? `${done.supplierName} receives the items only, no answers.`
        : `${done.supplierName} receives ${done.count} ${done.count === 1 ? "field" : "fields"}.`,
    );
  },
});

/** "Send now": the supplier's waiting lines as one batch. The press's key makes a double submit one batch. */
export const sendSupplierBatchAction = orgAction({
  name: "sendSupplierBatch",
  permission: "suppliers.manage",
  input: supplierEventSchema.extend({ idempotencyKey: z.uuid() }),
  run: async ({ db, member, user, input }) => {
    await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const supplier = await requireSupplier({ db, orgId: member.orgId, supplierId: input.supplierId });
    if (supplier.dispatchMode !== "batch") {
      reject("conflict", `${supplier.name} receives each order immediately; there is no batch to send.`);
    }
    const sent = await dispatchBatch({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      supplierId: supplier.id,
      trigger: "manual",
      idempotencyKey: `manual:${input.idempotencyKey}`,
      actorUserId: user.id,
    });
    refresh(member.orgId, input.eventId);
    if (!sent) return ok(`Nothing new to send to ${supplier.name}: every confirmed order was already sent.`);
    return ok(
      `Sent ${sent.orders} ${sent.orders === 1 ? "order" : "orders"} (${sent.lines} ${sent.lines === 1 ? "line" : "lines"}) to ${supplier.name}.`,
    );
  },
});

/**
 * Revokes the supplier's private list link for this event and issues a new one (a link that leaked). The new
 * link is shown to the organiser to pass on; the next dispatch email carries it too.
 */
export const renewSupplierLinkAction = orgAction({
  name: "renewSupplierLink",
  permission: "suppliers.manage",
  input: supplierEventSchema,
  run: async ({ db, member, input }) => {
    const linkId = await db.transaction(async (tx) => {
      await getOrgEvent({ db: tx, orgId: member.orgId, eventId: input.eventId });
      const supplier = await requireSupplier({ db: tx, orgId: member.orgId, supplierId: input.supplierId });
      return issueSupplierLink(tx, { supplierId: supplier.id, eventId: input.eventId });
    });
    refresh(member.orgId, input.eventId);
    return ok(`The old link no longer works. New link: ${supplierLinkUrl(linkId)}`);
  },
});

/** Sends a dispatch's email again (a supplier lost it); what the dispatch covered does not change. */
export const resendDispatchAction = orgAction({
  name: "resendDispatch",
  permission: "suppliers.manage",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid(), dispatchId: z.uuid() }),
  run: async ({ db, member, user, input }) => {
    const done = await resendDispatch({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      dispatchId: input.dispatchId,
      actorUserId: user.id,
    });
    refresh(member.orgId, input.eventId);
    return ok(
      `Sent again to ${done.supplierName} (${done.messages} ${done.messages === 1 ? "address" : "addresses"}).`,
    );
  },
});

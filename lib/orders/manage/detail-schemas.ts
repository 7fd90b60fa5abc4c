import { z } from "zod";
import { text } from "@/lib/validation/text";
import { orderStatusValues } from "@/db/schema/enum-values";
import { limits } from "@/lib/limits";

/**
 * Inputs of the order detail's actions: the server actions parse them, and the browser's forms use the
 * same schemas through react-hook-form (so this file stays free of server-only imports).
 */
export const noteBodySchema = text({ error: "Write a note" })
  .trim()
  .min(1, "Write a note")
  .max(limits.orderNoteMaxLength, `Notes can be at most ${limits.orderNoteMaxLength} characters`);

/** An optional note on a status change, kept in the order's history. */
const statusNoteSchema = text()
  .trim()
  .max(limits.orderNoteMaxLength, `Notes can be at most ${limits.orderNoteMaxLength} characters`)
  .optional()
  .transform((note) => (note ? note : undefined));

const statusSchema = z.enum(orderStatusValues, { error: "Choose a status" });

const scope = { orgId: z.uuid(), eventId: z.uuid({ error: "Unknown event" }) };

export const changeOrderStatusSchema = z.object({
  ...scope,
  orderId: z.uuid({ error: "Unknown order" }),
  to: statusSchema,
  note: statusNoteSchema,
});

export const bulkChangeOrderStatusSchema = z.object({
  ...scope,
  orderIds: z
    .array(z.uuid({ error: "Unknown order" }), { error: "Choose at least one order" })
    .min(1, "Choose at least one order")
    .max(limits.bulkStatusChangeMax, `At most ${limits.bulkStatusChangeMax} orders can be changed at once`),
  to: statusSchema,
  note: statusNoteSchema,
});

export const addOrderNoteSchema = z.object({
  ...scope,
  orderId: z.uuid({ error: "Unknown order" }),
  body: noteBodySchema,
});

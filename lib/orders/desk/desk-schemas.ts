import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";
import { DESK_REFERENCE_MAX } from "./desk-reference";

/** The desk's inputs (issue 12). Pure: the desk's client component shares them. */
const eventRef = { orgId: z.uuid(), eventId: z.uuid() };

export const findDeskOrderSchema = z.object({
  ...eventRef,
  reference: text()
    .trim()
    .min(1, "Type the order reference, e.g. DEV-7K3M9Q")
    .max(DESK_REFERENCE_MAX, `At most ${DESK_REFERENCE_MAX} characters`),
});

export const searchDeskOrdersSchema = z.object({
  ...eventRef,
  name: text()
    .trim()
    .min(2, "Type at least two letters of the name")
    .max(limits.searchMaxLength, `At most ${limits.searchMaxLength} characters`),
});

export const collectDeskOrderSchema = z.object({ ...eventRef, orderId: z.uuid("Choose an order") });

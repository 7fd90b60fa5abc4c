import { z } from "zod";
import { text } from "@/lib/validation/text";
import { memberRoleValues } from "@/db/schema/enum-values";
import { limits } from "@/lib/limits";
import { orderStatusValues } from "@/db/schema/enum-values";

/**
 * The outbox's contract: each template name with the zod schema of its payload. Payloads are snapshots taken
 * when the change happened; secrets (the my-order token) are never stored here but derived at send time.
 */
const branding = z.object({
  eventName: text(),
  eventSlug: text(),
  primaryColor: text(),
  accentColor: text(),
  logoUrl: text().nullable(),
});

const orderLine = z.object({
  itemName: text(),
  variantLabel: text(),
  /** The item has one variant, whose label is not shown. Optional: messages queued before it was added. */
  singleVariant: z.boolean().optional(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
});

const orderSnapshot = z.object({
  orderId: z.uuid(),
  reference: text(),
  attendeeName: text(),
  /** In the order attendees see everywhere (lib/format/order-lines.ts). */
  lines: z.array(orderLine),
  totalMinor: z.number().int(),
  currency: text(),
  /** When the order was placed, shown in the event's zone. Optional: messages queued before they were added. */
  placedAt: z.iso.datetime({ offset: true }).optional(),
  timeZone: text().optional(),
  /** Answers formatted for display by the form version the order was placed against. */
  answers: z.array(z.object({ label: text(), value: text() })),
});

/** What a supplier may see of an order: its lines and only the answers the organiser chose to share. */
const sharedAnswer = z.object({ label: text(), value: text() });
const supplierLine = z.object({
  reference: text(),
  placedAt: text(),
  itemName: text(),
  variantLabel: text(),
  quantity: z.number().int(),
  /** Aligned with the batch's columns. */
  values: z.array(text()),
});

export const messageSchemas = {
  "order-confirmation": z.object({ branding, order: orderSnapshot, pickupInfo: text().default("") }),
  "order-cancelled": z.object({ branding, order: orderSnapshot }),
  /** Any status change but a cancellation; no answers: the attendee has them from the confirmation. */
  "order-status-changed": z.object({
    branding,
    order: orderSnapshot.omit({ answers: true }),
    fromStatus: z.enum(orderStatusValues),
    toStatus: z.enum(orderStatusValues),
    pickupInfo: text().default(""),
    /**
     * One supplier marked its part of an order that other suppliers (or the organisers) also fill (ADR 033):
     * only that supplier's lines, and the status did not change. Absent on a real status change.
     */
    part: z
      .object({
        mark: z.enum(["shipped", "ready_for_pickup"]),
        lines: z.array(orderLine.omit({ unitPriceMinor: true })),
      })
      .optional(),
    /** The supplier's carrier and tracking number for what it shipped ("DHL 123"), when it gave one. */
    tracking: text().default(""),
  }),
  /**
   * The attendee asked for their orders' private links again (issue 8): every order of theirs at the event,
   * newest active first. Each link is derived from orderId at send time, like the confirmation's.
   */
  "order-link": z.object({
    branding,
    orders: z
      .array(z.object({ orderId: z.uuid(), reference: text(), status: z.enum(orderStatusValues) }))
      .min(1)
      .max(limits.ordersPerAttendeeMax),
  }),
  /**
   * The attendee asked for their personal data to be erased (issue 13): no name, no answers. Sent to the address
   * before it was erased; the dispatcher erases the recipient once it is sent (ADR 026).
   */
  "data-erased": z.object({ branding, reference: text(), cancelled: z.boolean() }),
  /** The accept link is derived from invitationId at send time (lib/crypto/invitation-token.ts), never stored. */
  invitation: z.object({
    invitationId: z.uuid(),
    orgName: text(),
    inviterName: text().nullable(),
    inviterEmail: text(),
    role: z.enum(memberRoleValues),
    expiresAt: z.iso.datetime({ offset: true }),
  }),
  /** An immediate supplier's copy of one confirmed order (lib/suppliers/dispatch.ts). */
  "supplier-order": z.object({
    branding,
    supplierName: text(),
    /** The supplier's private list link, derived from this id at send time (the token is never stored). */
    supplierLinkId: z.uuid().optional(),
    order: z.object({
      reference: text(),
      placedAt: text(),
      lines: z.array(z.object({ itemName: text(), variantLabel: text(), quantity: z.number().int() })),
      shared: z.array(sharedAnswer),
    }),
  }),
  /** A supplier already received this order (immediately or in a batch) and it was cancelled since. */
  "supplier-order-cancelled": z.object({
    branding,
    supplierName: text(),
    order: z.object({
      reference: text(),
      lines: z.array(z.object({ itemName: text(), variantLabel: text(), quantity: z.number().int() })),
    }),
  }),
  /** A batch supplier's list: the CSV attachment and the pick list are computed from these rows at send time. */
  "supplier-batch": z.object({
    branding,
    supplierName: text(),
    supplierLinkId: z.uuid().optional(),
    columns: z.array(z.object({ label: text() })),
    lines: z.array(supplierLine).max(limits.supplierBatchLinesMax),
  }),
  /**
   * To the event's owners and organisers: an email to a supplier was refused and will not be retried
   * (issue 12). Names the supplier and the address, never an attendee.
   */
  "supplier-email-failed": z.object({
    branding,
    supplierName: text(),
    supplierAddress: text(),
    failedMessageId: z.uuid(),
    /** How it failed when the provider reported it after accepting it, e.g. "bounced: Permanent/General". */
    reason: text().max(400).optional(),
    what: text(),
    /** The event's Suppliers tab, relative to the app's URL. */
    suppliersPath: text(),
  }),
} as const;

export type TemplateName = keyof typeof messageSchemas;
export type MessagePayload<T extends TemplateName> = z.input<(typeof messageSchemas)[T]>;

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";

/** The supplier forms' inputs, checked in the browser by react-hook-form and again by the server actions. */
export const SUPPLIER_NAME_MAX = 120;
export const SUPPLIER_NOTE_MAX = 2000;
export const SUPPLIER_EMAILS_MAX = 10;
export const SHARED_FIELDS_MAX = 100;

const orgId = z.uuid();
export const dispatchModes = ["immediate", "batch"] as const;
export const batchSchedules = ["window_close", "daily", "manual"] as const;

/**
 * Addresses as typed (separated by commas, semicolons or new lines) or as the list the browser's parse
 * already made: the form sends its parsed values to the server action, which parses them again.
 */
const emailList = z
  .union([
    text(),
    z
      .array(text())
      .max(SUPPLIER_EMAILS_MAX * 2)
      .transform((list) => list.join(", ")),
  ])
  .pipe(
    text()
      .max(SUPPLIER_EMAILS_MAX * (limits.emailMaxLength + 2), "That list of addresses is too long")
      .transform((value, ctx) => {
        const emails = [
          ...new Set(
            value
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map((e) => e.toLowerCase()),
          ),
        ];
        if (emails.length === 0) {
          ctx.addIssue({ code: "custom", message: "Enter at least one email address" });
          return z.NEVER;
        }
        if (emails.length > SUPPLIER_EMAILS_MAX) {
          ctx.addIssue({ code: "custom", message: `At most ${SUPPLIER_EMAILS_MAX} email addresses` });
          return z.NEVER;
        }
        const bad = emails.filter((e) => e.length > limits.emailMaxLength || !z.email().safeParse(e).success);
        if (bad.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: `Not an email address: ${bad.slice(0, 3).join(", ")}. Use addresses like orders@example.com, separated by commas`,
          });
          return z.NEVER;
        }
        return emails;
      }),
  );

export const supplierFieldsSchema = z
  .object({
    name: text()
      .trim()
      .min(1, "Enter the supplier's name")
      .max(SUPPLIER_NAME_MAX, `At most ${SUPPLIER_NAME_MAX} characters`),
    emails: emailList,
    note: text().trim().max(SUPPLIER_NOTE_MAX, `At most ${SUPPLIER_NOTE_MAX} characters`).default(""),
    dispatchMode: z.enum(dispatchModes, "Choose how orders reach this supplier"),
    batchSchedule: z.enum(batchSchedules, "Choose when the list is sent").default("window_close"),
    dailyAt: text().trim().default(""),
  })
  .refine(
    (value) =>
      !(value.dispatchMode === "batch" && value.batchSchedule === "daily") ||
      /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value.dailyAt),
    {
      path: ["dailyAt"],
      message: "Enter the time of day as HH:MM, e.g. 18:00",
      // Checked even when other fields are wrong, so every field's error shows at once.
      when: (payload) => {
        const v = payload.value as Record<string, unknown> | null;
        return typeof v === "object" && v !== null && typeof v.dailyAt === "string";
      },
    },
  );

export type SupplierFields = z.output<typeof supplierFieldsSchema>;
export type SupplierFormValues = z.input<typeof supplierFieldsSchema>;

export const createSupplierSchema = z.object({ orgId }).and(supplierFieldsSchema);
export const updateSupplierSchema = z
  .object({ orgId, supplierId: z.uuid("Choose a supplier") })
  .and(supplierFieldsSchema);
export const supplierRefSchema = z.object({ orgId, supplierId: z.uuid("Choose a supplier") });

export const listSuppliersSchema = z.object({
  orgId,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const assignItemSupplierSchema = z.object({
  orgId,
  eventId: z.uuid(),
  itemId: z.uuid(),
  /** "" means the organisers fulfil the item themselves. */
  supplierId: z.union([z.uuid("Choose a supplier"), z.literal("")]),
});

export const sharedFieldsSchema = z.object({
  orgId,
  eventId: z.uuid(),
  supplierId: z.uuid("Choose a supplier"),
  fieldKeys: z
    .array(text().max(200))
    .max(SHARED_FIELDS_MAX, `At most ${SHARED_FIELDS_MAX} fields`)
    .default([]),
});

export const supplierEventSchema = z.object({
  orgId,
  eventId: z.uuid(),
  supplierId: z.uuid("Choose a supplier"),
});

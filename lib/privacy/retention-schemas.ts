import { z } from "zod";
import { text } from "@/lib/validation/text";

/** The range the database enforces (check constraints of migration 0007). */
export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;

/**
 * Days as typed: kept a string so the same schema validates the form and, again, the server action (which
 * receives what the form parsed); `retentionDaysValue` turns it into the number stored.
 */
const days = text()
  .trim()
  .regex(/^\d+$/, "Enter a whole number of days, e.g. 90")
  .refine((v) => Number(v) >= RETENTION_MIN_DAYS, "Keep the data at least 1 day after the event")
  .refine((v) => Number(v) <= RETENTION_MAX_DAYS, "At most 3650 days (10 years)");

export const organisationRetentionSchema = z.object({
  orgId: z.uuid(),
  days: text().trim().min(1, "Enter the number of days").pipe(days),
});

/** An event's override; empty means "use the organisation's default". */
export const eventRetentionSchema = z.object({
  orgId: z.uuid(),
  eventId: z.uuid(),
  days: text()
    .trim()
    .refine((v) => v === "" || /^\d+$/.test(v), "Enter a whole number of days, or leave it empty")
    .refine(
      (v) => v === "" || Number(v) >= RETENTION_MIN_DAYS,
      "Keep the data at least 1 day after the event",
    )
    .refine((v) => v === "" || Number(v) <= RETENTION_MAX_DAYS, "At most 3650 days (10 years)"),
});

export const retentionDaysValue = (value: string): number | null =>
  value.trim() === "" ? null : Number(value);

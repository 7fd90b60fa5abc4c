import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";
import { slugFormatProblem } from "./slug";
import { isLocalDateTime, isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from "@/lib/format/wall-clock";

/**
 * The event form's rules, one source for react-hook-form in the browser and the server actions. Dates stay
 * the strings a datetime-local input gives ("" for none) so the same schema parses both sides; they become
 * instants in the event's time zone with `toEventValues`. Cross-field rules land on the field to fix.
 */
const localDateTime = text()
  .trim()
  .refine((v) => v === "" || isLocalDateTime(v), "Enter a date and a time, or leave it empty");

const CURRENCY_CODE = new RegExp(`^[A-Z]{${limits.currencyCodeLength}}$`);

const knownCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === "function" ? new Set(Intl.supportedValuesOf("currency")) : null;

export const eventNameSchema = text()
  .trim()
  .min(1, "Give the event a name")
  .max(limits.eventNameMaxLength, `At most ${limits.eventNameMaxLength} characters`);

const eventSlugSchema = text()
  .trim()
  .toLowerCase()
  .superRefine((slug, ctx) => {
    const problem = slugFormatProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message });
  });

const eventFieldsShape = {
  name: eventNameSchema,
  slug: eventSlugSchema,
  timeZone: text().trim().refine(isValidTimeZone, "Choose a time zone from the list"),
  startsAt: localDateTime,
  endsAt: localDateTime,
  orderingOpensAt: localDateTime,
  orderingClosesAt: localDateTime,
  maxOrdersPerAttendee: z.coerce
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(1, "At least 1")
    .max(limits.ordersPerAttendeeMax, `At most ${limits.ordersPerAttendeeMax}`),
  currency: text()
    .trim()
    .toUpperCase()
    .regex(CURRENCY_CODE, "Use a three-letter ISO 4217 code such as EUR")
    .refine(
      (c) => !CURRENCY_CODE.test(c) || !knownCurrencies || knownCurrencies.has(c),
      "Unknown currency code",
    ),
  referencePrefix: text()
    .trim()
    .toUpperCase()
    .regex(
      new RegExp(`^[A-Z0-9]{${limits.referencePrefixMinLength},${limits.referencePrefixMaxLength}}$`),
      `Use ${limits.referencePrefixMinLength} to ${limits.referencePrefixMaxLength} capital letters or digits, e.g. DEV`,
    ),
};

type DatesInZone = {
  timeZone?: string;
  startsAt?: string;
  endsAt?: string;
  orderingOpensAt?: string;
  orderingClosesAt?: string;
};

/** "End after start" and "closes after opens", compared as instants in the event's zone. */
function checkEventDates(values: DatesInZone, ctx: z.RefinementCtx, zoneFallback = "UTC"): void {
  const zone = values.timeZone && isValidTimeZone(values.timeZone) ? values.timeZone : zoneFallback;
  const at = (local: string | undefined) => (local ? zonedLocalToUtc(local, zone) : null);
  const startsAt = at(values.startsAt);
  const endsAt = at(values.endsAt);
  if (startsAt && endsAt && endsAt <= startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The event must end after it starts" });
  }
  const opensAt = at(values.orderingOpensAt);
  const closesAt = at(values.orderingClosesAt);
  if (opensAt && closesAt && closesAt <= opensAt) {
    ctx.addIssue({
      code: "custom",
      path: ["orderingClosesAt"],
      message: "Ordering must close after it opens",
    });
  }
}

export const eventFormSchema = z.object(eventFieldsShape).superRefine((v, ctx) => checkEventDates(v, ctx));

export const createEventInputSchema = z
  .object({ orgId: z.uuid(), ...eventFieldsShape })
  .superRefine((v, ctx) => checkEventDates(v, ctx));

export const updateEventInputSchema = z
  .object({ orgId: z.uuid(), eventId: z.uuid(), ...eventFieldsShape })
  .superRefine((v, ctx) => checkEventDates(v, ctx));

/** "Same as last year": a new name and address, new dates if known (in the source event's time zone). */
const duplicateEventFieldsShape = {
  name: eventNameSchema,
  slug: eventSlugSchema,
  startsAt: localDateTime,
  endsAt: localDateTime,
};

export const duplicateEventFormSchema = z
  .object(duplicateEventFieldsShape)
  .superRefine((v, ctx) => checkEventDates(v, ctx));

export const duplicateEventInputSchema = z
  .object({ orgId: z.uuid(), eventId: z.uuid(), ...duplicateEventFieldsShape })
  .superRefine((v, ctx) => checkEventDates(v, ctx));

export type EventFormValues = z.input<typeof eventFormSchema>;
export type EventFields = z.output<typeof eventFormSchema>;

/** What the database stores for the form's values: instants in UTC, nulls for empty dates. */
export type EventValues = {
  name: string;
  slug: string;
  timeZone: string;
  startsAt: Date | null;
  endsAt: Date | null;
  orderingOpensAt: Date | null;
  orderingClosesAt: Date | null;
  maxOrdersPerAttendee: number;
  currency: string;
  referencePrefix: string;
};

export function toEventValues(fields: EventFields): EventValues {
  const at = (local: string) => (local ? zonedLocalToUtc(local, fields.timeZone) : null);
  return {
    name: fields.name,
    slug: fields.slug,
    timeZone: fields.timeZone,
    startsAt: at(fields.startsAt),
    endsAt: at(fields.endsAt),
    orderingOpensAt: at(fields.orderingOpensAt),
    orderingClosesAt: at(fields.orderingClosesAt),
    maxOrdersPerAttendee: fields.maxOrdersPerAttendee,
    currency: fields.currency,
    referencePrefix: fields.referencePrefix,
  };
}

/** The form's starting values for a stored event: instants shown on the event's own wall clock. */
export function toEventFormValues(event: EventValues): EventFormValues {
  const local = (date: Date | null) => utcToZonedLocal(date, event.timeZone);
  return {
    name: event.name,
    slug: event.slug,
    timeZone: event.timeZone,
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    orderingOpensAt: local(event.orderingOpensAt),
    orderingClosesAt: local(event.orderingClosesAt),
    maxOrdersPerAttendee: event.maxOrdersPerAttendee,
    currency: event.currency,
    referencePrefix: event.referencePrefix,
  };
}

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";
import { isCountryCode } from "./countries";
import { isIsoDate } from "./dates";

/**
 * The schemas and types of single fields. They import no other form module, so every form module (kinds,
 * answer rules, the whole-form validator) can depend on them without a cycle; definitions.ts adds the whole
 * form's schema on top.
 *
 * The order form's field definitions: the one source of truth from which the answers schema
 * (compile.ts), the renderer (components/form-renderer) and the answer formatting are derived.
 * Published versions are stored as JSON, so every change here must keep old definitions parseable
 * (add optional properties with defaults; never rename or repurpose one).
 */

export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Not a URL limit in lib/limits.ts yet (asked of the lead); blob URLs are far shorter, this only
 * stops absurd input.
 */
const IMAGE_URL_MAX_LENGTH = 2048;

const tooLong = (what: string, max: number) => `${what} can be at most ${max} characters`;

export const fieldKeySchema = text({ error: "Enter a key" })
  .min(1, { error: "Enter a key", abort: true })
  .max(limits.fieldKeyMaxLength, tooLong("Keys", limits.fieldKeyMaxLength))
  .regex(FIELD_KEY_PATTERN, "Keys start with a lowercase letter and contain only a–z, 0–9 and _")
  // The only lowercase name an Object.prototype member has: as an answer key it would shadow it.
  .refine((key) => key !== "constructor", "“constructor” is reserved; choose another key");

const labelSchema = text({ error: "Enter a label" })
  .trim()
  .min(1, "Enter a label")
  .max(limits.labelMaxLength, tooLong("Labels", limits.labelMaxLength));

const helpTextSchema = text()
  .trim()
  .max(limits.helpTextMaxLength, tooLong("Help text", limits.helpTextMaxLength))
  .optional();

const placeholderSchema = text()
  .trim()
  .max(limits.placeholderMaxLength, tooLong("Placeholders", limits.placeholderMaxLength))
  .optional();

const lengthSchema = (max: number) =>
  z
    .number({ error: "Enter a number" })
    .int("Use a whole number")
    .min(0, "Cannot be negative")
    .max(max, `Can be at most ${max}`);

const isoDateSchema = text().refine(isIsoDate, "Use a date like 2025-06-30");

const countryCodeSchema = text().refine(isCountryCode, "Not an ISO 3166-1 country code");

const countryListSchema = z
  .array(countryCodeSchema)
  .min(1, "Choose at least one country or allow all countries")
  .max(limits.choicesPerField, `At most ${limits.choicesPerField} countries`);

export const visibilityOps = ["equals", "includes", "checked"] as const;

export const visibilityConditionSchema = z.object({
  /** Key of an earlier input field. */
  field: fieldKeySchema,
  op: z.enum(visibilityOps, { error: "Choose “equals”, “includes” or “checked”" }),
  /** The compared value: an option value (choices), a country code, or text. Absent for “checked”. */
  value: text().max(limits.labelMaxLength, tooLong("Values", limits.labelMaxLength)).optional(),
});
export type VisibilityCondition = z.infer<typeof visibilityConditionSchema>;
export type VisibilityOp = VisibilityCondition["op"];

export const choiceOptionSchema = z.object({
  value: text({ error: "Enter a value" })
    .min(1, "Enter a value")
    .max(limits.labelMaxLength, tooLong("Values", limits.labelMaxLength))
    // Answers are trimmed, so a value with outer spaces could never be chosen.
    .refine((v) => v.trim() === v, "Values cannot start or end with a space"),
  label: labelSchema,
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const optionsSchema = z
  .array(choiceOptionSchema, { error: "Add at least one option" })
  .max(limits.choicesPerField, `A field can have at most ${limits.choicesPerField} options`);

/** Shared by every field that takes an answer. */
const inputBase = {
  key: fieldKeySchema,
  label: labelSchema,
  helpText: helpTextSchema,
  required: z.boolean().default(false),
  visibleWhen: visibilityConditionSchema.optional(),
};

/** Personal data is masked for viewers and in exports, and erased on schedule. */
const personal = (byDefault: boolean) => z.boolean().default(byDefault);

const textValidation = (max: number) => ({
  placeholder: placeholderSchema,
  minLength: lengthSchema(max).optional(),
  /** Defaults to the type's limit. */
  maxLength: lengthSchema(max).optional(),
  defaultValue: text().max(max, tooLong("The default", max)).optional(),
});

const shortTextField = z.object({
  type: z.literal("short_text"),
  ...inputBase,
  personal: personal(false),
  ...textValidation(limits.shortTextMaxLength),
  /**
   * A JavaScript regular expression (flag u) that the whole trimmed answer must match. Only short
   * text has one: its answers are short, which keeps the cost of checking them bounded.
   */
  pattern: text()
    .min(1, "Enter a pattern or remove it")
    .max(limits.patternMaxLength, tooLong("Patterns", limits.patternMaxLength))
    .optional(),
  patternMessage: text()
    .trim()
    .max(limits.labelMaxLength, tooLong("The pattern message", limits.labelMaxLength))
    .optional(),
});

const longTextField = z.object({
  type: z.literal("long_text"),
  ...inputBase,
  personal: personal(false),
  ...textValidation(limits.longTextMaxLength),
});

const emailField = z.object({
  type: z.literal("email"),
  ...inputBase,
  personal: personal(true),
  placeholder: placeholderSchema,
  defaultValue: text().max(limits.emailMaxLength).optional(),
});

const phoneField = z.object({
  type: z.literal("phone"),
  ...inputBase,
  personal: personal(true),
  placeholder: placeholderSchema,
  defaultValue: text().max(limits.phoneMaxLength).optional(),
});

const finiteNumber = z.number({ error: "Enter a number" });

const numberField = z.object({
  type: z.literal("number"),
  ...inputBase,
  personal: personal(false),
  placeholder: placeholderSchema,
  min: finiteNumber.optional(),
  max: finiteNumber.optional(),
  integer: z.boolean().default(false),
  defaultValue: finiteNumber.optional(),
});

const singleChoiceField = z.object({
  type: z.literal("single_choice"),
  ...inputBase,
  personal: personal(false),
  display: z.enum(["radio", "dropdown"], { error: "Choose “radio” or “dropdown”" }).default("radio"),
  /** Shown as the dropdown's empty first entry. */
  placeholder: placeholderSchema,
  options: optionsSchema,
  defaultValue: text().optional(),
});

const multipleChoiceField = z.object({
  type: z.literal("multiple_choice"),
  ...inputBase,
  personal: personal(false),
  options: optionsSchema,
  minSelected: lengthSchema(limits.choicesPerField).optional(),
  maxSelected: lengthSchema(limits.choicesPerField).min(1, "Allow at least one choice").optional(),
  defaultValue: z.array(text()).max(limits.choicesPerField).optional(),
});

/** A yes/no question; unticked is a meaningful “No”, so it is never “required”. */
const checkboxField = z.object({
  type: z.literal("checkbox"),
  key: fieldKeySchema,
  label: labelSchema,
  helpText: helpTextSchema,
  visibleWhen: visibilityConditionSchema.optional(),
  personal: personal(false),
  defaultValue: z.boolean().optional(),
});

/** Must be ticked when shown; the answer records `text` and the time it was accepted. */
const consentField = z.object({
  type: z.literal("consent"),
  key: fieldKeySchema,
  label: labelSchema,
  helpText: helpTextSchema,
  visibleWhen: visibilityConditionSchema.optional(),
  personal: personal(false),
  /** The statement the attendee agrees to, shown next to the tick box. */
  text: text({ error: "Enter the text people agree to" })
    .trim()
    .min(1, "Enter the text people agree to")
    .max(limits.noteMaxLength, tooLong("Consent text", limits.noteMaxLength)),
  /** E.g. the privacy policy. */
  link: z
    .object({
      url: text().pipe(
        z.url({ protocol: /^https?$/, error: "Use a full web address starting with https://" }),
      ),
      label: labelSchema,
    })
    .optional(),
});

const dateField = z.object({
  type: z.literal("date"),
  ...inputBase,
  personal: personal(false),
  minDate: isoDateSchema.optional(),
  maxDate: isoDateSchema.optional(),
  defaultValue: isoDateSchema.optional(),
});

const countryField = z.object({
  type: z.literal("country"),
  ...inputBase,
  personal: personal(false),
  placeholder: placeholderSchema,
  /** Restricts the choice (e.g. where the supplier ships); absent means every country. */
  countries: countryListSchema.optional(),
  defaultValue: countryCodeSchema.optional(),
});

const addressField = z.object({
  type: z.literal("address"),
  ...inputBase,
  personal: personal(true),
  countries: countryListSchema.optional(),
  defaultCountry: countryCodeSchema.optional(),
  /** Some countries have no postal codes (e.g. Ireland before Eircode, Hong Kong). */
  requirePostalCode: z.boolean().default(true),
  requireRegion: z.boolean().default(false),
});

const noteBlock = z.object({
  type: z.literal("note"),
  key: fieldKeySchema,
  visibleWhen: visibilityConditionSchema.optional(),
  /** Plain text; blank lines separate paragraphs. Never HTML. */
  text: text({ error: "Enter the note’s text" })
    .trim()
    .min(1, "Enter the note’s text")
    .max(limits.noteMaxLength, tooLong("Notes", limits.noteMaxLength)),
});

const imageBlock = z.object({
  type: z.literal("image"),
  key: fieldKeySchema,
  visibleWhen: visibilityConditionSchema.optional(),
  /** A storage URL: absolute https, or a same-origin path when blobs are served locally. */
  url: text({ error: "Upload an image" })
    .min(1, "Upload an image")
    .max(IMAGE_URL_MAX_LENGTH, tooLong("Image addresses", IMAGE_URL_MAX_LENGTH))
    .refine(isImageUrl, "Use an https:// address or a path starting with /"),
  alt: text({ error: "Describe the image for people who cannot see it" })
    .trim()
    .min(1, "Describe the image for people who cannot see it")
    .max(limits.helpTextMaxLength, tooLong("Descriptions", limits.helpTextMaxLength)),
  caption: helpTextSchema,
  width: z.number().int().min(1).max(limits.imageMaxDimension).optional(),
  height: z.number().int().min(1).max(limits.imageMaxDimension).optional(),
});

function isImageUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//");
  return URL.canParse(value) && new URL(value).protocol === "https:";
}

export const fieldTypes = [
  "short_text",
  "long_text",
  "email",
  "phone",
  "number",
  "single_choice",
  "multiple_choice",
  "checkbox",
  "consent",
  "date",
  "country",
  "address",
  "note",
  "image",
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const fieldDefinitionSchema = z.discriminatedUnion(
  "type",
  [
    shortTextField,
    longTextField,
    emailField,
    phoneField,
    numberField,
    singleChoiceField,
    multipleChoiceField,
    checkboxField,
    consentField,
    dateField,
    countryField,
    addressField,
    noteBlock,
    imageBlock,
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? `Choose a field type: ${fieldTypes.join(", ")}` : undefined,
  },
);

/** A parsed definition, defaults applied: what is stored and what every consumer receives. */
export type FieldDefinition = z.output<typeof fieldDefinitionSchema>;
/** What an author (builder, seed, tests) writes before parsing. */
export type FieldDefinitionInput = z.input<typeof fieldDefinitionSchema>;
export type FormDefinition = FieldDefinition[];
export type FieldOfType<T extends FieldType> = Extract<FieldDefinition, { type: T }>;

export type DisplayFieldDefinition = FieldOfType<"note" | "image">;
export type InputFieldDefinition = Exclude<FieldDefinition, DisplayFieldDefinition>;
export type InputFieldType = InputFieldDefinition["type"];

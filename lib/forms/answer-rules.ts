import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";
import { isCountryCode } from "./countries";
import { formatIsoDate, isIsoDate } from "./dates";
import type { FieldOfType, InputFieldDefinition } from "./field-schemas";
import { compileAnswerPattern } from "./pattern-safety";

/** The stored shape of each field type's answer. */
export type AddressAnswer = {
  line1: string;
  line2?: string;
  city: string;
  postalCode?: string;
  region?: string;
  country: string;
};
export type ConsentAnswer = { accepted: true; text: string; acceptedAt: string };
export type AnswerValue = string | number | boolean | string[] | AddressAnswer | ConsentAnswer;
/** Parsed answers keyed by field key: visible fields with an answer only. */
export type Answers = Record<string, AnswerValue>;

export type RuleOptions = {
  /** False when checking a definition's default value, which may be empty. */
  required: boolean;
  /** When consent was given; injectable for tests. */
  now: () => Date;
};

/** The schema of one field's value: normalises (trim, blank → absent) and checks every rule. */
export type AnswerRule = z.ZodType<AnswerValue | undefined>;

export const messages = {
  required: {
    text: "Enter an answer",
    email: "Enter an email address",
    phone: "Enter a phone number",
    number: "Enter a number",
    date: "Enter a date",
    choice: "Choose an option",
    multipleChoice: "Choose at least one option",
    country: "Choose a country",
    consent: "You must accept this to continue",
  },
  invalidEmail: "Enter a valid email address, like name@example.com",
  invalidPhone: "Enter a valid phone number, like +44 20 7946 0958",
  invalidNumber: "Enter a number, like 12 or 3.5",
  wholeNumber: "Enter a whole number",
  invalidDate: "Enter a real date, like 2025-06-30",
  notAnOption: "Choose one of the listed options",
  notACountry: "Choose a country from the list",
  yesNo: "Choose yes or no",
  patternFallback: "Check the format of your answer",
  maxLength: (n: number) => `Must be at most ${n} character${n === 1 ? "" : "s"}`,
  minLength: (n: number) => `Must be at least ${n} character${n === 1 ? "" : "s"}`,
  minNumber: (n: number) => `Must be at least ${n}`,
  maxNumber: (n: number) => `Must be at most ${n}`,
  minDate: (d: string) => `Must be on or after ${formatIsoDate(d)}`,
  maxDate: (d: string) => `Must be on or before ${formatIsoDate(d)}`,
  minSelected: (n: number) => `Choose at least ${n}`,
  maxSelected: (n: number) => `Choose at most ${n}`,
  address: {
    line1: "Enter the first line of the address",
    city: "Enter a town or city",
    postalCode: "Enter a postal code",
    region: "Enter a state, county or region",
    country: "Choose a country",
  },
} as const;

export function answerRule(field: InputFieldDefinition, options: RuleOptions): AnswerRule {
  const required = options.required && "required" in field && field.required;
  switch (field.type) {
    case "short_text":
    case "long_text":
      return presence(required, textSchema(field));
    case "email":
      return presence(
        required,
        stringOf(messages.required.email)
          .check(atMost(limits.emailMaxLength))
          .regex(z.regexes.email, messages.invalidEmail),
      );
    case "phone":
      return presence(
        required,
        stringOf(messages.required.phone)
          .check(atMost(limits.phoneMaxLength))
          .refine(isPhoneNumber, messages.invalidPhone),
      );
    case "number":
      return numberRule(field, required);
    case "date":
      return presence(required, dateSchema(field));
    case "single_choice": {
      const values = new Set(field.options.map((o) => o.value));
      return presence(
        required,
        stringOf(messages.required.choice, messages.notAnOption).refine(
          (v) => values.has(v),
          messages.notAnOption,
        ),
      );
    }
    case "multiple_choice":
      return multipleChoiceRule(field, required);
    case "checkbox":
      return z.preprocess(toBoolean, z.boolean({ error: messages.yesNo }));
    case "consent":
      return consentRule(field, options);
    case "country":
      return presence(required, countrySchema(field.countries, messages.required.country));
    case "address":
      return addressRule(field, required);
  }
}

// ---------------------------------------------------------------------------------------------
// Normalisation

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    // react-hook-form's valueAsNumber turns an empty input into NaN.
    (typeof value === "number" && Number.isNaN(value))
  );
}

/** Blank answers become absent; absent is an error only when required. */
function presence<T extends z.ZodType<AnswerValue>>(required: boolean, schema: T): AnswerRule {
  return z.preprocess((value) => (isBlank(value) ? undefined : value), required ? schema : schema.optional());
}

/** A trimmed string; `undefined` (blank, after presence()) reports the required message. */
function stringOf(requiredMessage: string, wrongTypeMessage: string = requiredMessage) {
  return text({ error: (issue) => (issue.input === undefined ? requiredMessage : wrongTypeMessage) }).trim();
}

/**
 * Length limits as refinements rather than zod's .min()/.max(): those also run after a failed type
 * check (they apply to anything with a length, so ["a"] got a length message too), and count code
 * points where the browser's maxLength counts UTF-16 units. `abort` on the maximum means a too-long
 * answer is never matched against a pattern, which keeps the regex cost bounded.
 */
function atMost(max: number) {
  return z.refine<string>((value) => value.length <= max, { error: messages.maxLength(max), abort: true });
}

function atLeast(min: number) {
  return z.refine<string>((value) => value.length >= min, { error: messages.minLength(min) });
}

// ---------------------------------------------------------------------------------------------
// Per type

function textSchema(field: FieldOfType<"short_text" | "long_text">) {
  const typeMax = field.type === "short_text" ? limits.shortTextMaxLength : limits.longTextMaxLength;
  const max = Math.min(field.maxLength ?? typeMax, typeMax);
  let schema = stringOf(messages.required.text).check(atMost(max));
  if (field.minLength) schema = schema.check(atLeast(field.minLength));
  if (field.type === "short_text" && field.pattern) {
    schema = schema.regex(
      compileAnswerPattern(field.pattern),
      field.patternMessage || messages.patternFallback,
    );
  }
  return schema;
}

/** "+44 20 7946 0958", "(030) 123-456", "0049.30.123456": 6 to 15 digits (E.164 has at most 15). */
function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9(][0-9 ()./-]*$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function numberRule(field: FieldOfType<"number">, required: boolean): AnswerRule {
  let schema = z.number({
    error: (issue) => (issue.input === undefined ? messages.required.number : messages.invalidNumber),
  });
  if (field.integer) schema = schema.int(messages.wholeNumber);
  if (field.min !== undefined) schema = schema.min(field.min, messages.minNumber(field.min));
  if (field.max !== undefined) schema = schema.max(field.max, messages.maxNumber(field.max));
  return z.preprocess(
    // Text inputs give strings; anything non-numeric stays a string and fails with invalidNumber.
    (value) => {
      if (typeof value !== "string") return value;
      const text = value.trim();
      return NUMERIC.test(text) ? Number(text) : value;
    },
    presence(required, schema),
  );
}

function dateSchema(field: FieldOfType<"date">) {
  let schema = stringOf(messages.required.date, messages.invalidDate).refine(isIsoDate, {
    error: messages.invalidDate,
    abort: true,
  });
  const { minDate, maxDate } = field;
  // ISO dates compare correctly as strings.
  if (minDate) schema = schema.refine((v) => v >= minDate, messages.minDate(minDate));
  if (maxDate) schema = schema.refine((v) => v <= maxDate, messages.maxDate(maxDate));
  return schema;
}

function multipleChoiceRule(field: FieldOfType<"multiple_choice">, required: boolean): AnswerRule {
  const optionValues = field.options.map((o) => o.value);
  const min = field.minSelected ?? 0;
  const max = field.maxSelected;
  return z
    .preprocess(
      (value) => (isBlank(value) || value === false ? [] : typeof value === "string" ? [value] : value),
      z.array(z.unknown(), { error: messages.notAnOption }).max(limits.choicesPerField, {
        error: messages.maxSelected(limits.choicesPerField),
        abort: true,
      }),
    )
    .transform((values, ctx): string[] | undefined => {
      const chosen = new Set<string>();
      for (const value of values) {
        if (typeof value !== "string" || !optionValues.includes(value.trim())) {
          ctx.addIssue({ code: "custom", message: messages.notAnOption, input: values });
          return z.NEVER;
        }
        chosen.add(value.trim());
      }
      if (chosen.size === 0) {
        if (required) {
          const message = min > 1 ? messages.minSelected(min) : messages.required.multipleChoice;
          ctx.addIssue({ code: "custom", message, input: values });
        }
        return undefined;
      }
      if (chosen.size < min)
        ctx.addIssue({ code: "custom", message: messages.minSelected(min), input: values });
      if (max !== undefined && chosen.size > max) {
        ctx.addIssue({ code: "custom", message: messages.maxSelected(max), input: values });
      }
      // Stored in the options' order, whatever order they were ticked in.
      return optionValues.filter((v) => chosen.has(v));
    });
}

function toBoolean(value: unknown): unknown {
  if (value === undefined || value === null || value === "" || value === "false") return false;
  if (value === "true" || value === "on") return true;
  return value;
}

function consentRule(field: FieldOfType<"consent">, options: RuleOptions): AnswerRule {
  return z.unknown().transform((value, ctx): ConsentAnswer => {
    // An already parsed answer may be parsed again (client output sent to the server).
    const accepted =
      value === true ||
      value === "true" ||
      value === "on" ||
      (typeof value === "object" && value !== null && "accepted" in value && value.accepted === true);
    if (!accepted) {
      ctx.addIssue({ code: "custom", message: messages.required.consent, input: value });
      return z.NEVER;
    }
    // The text and time come from the definition and the clock, never from the browser.
    return { accepted: true, text: field.text, acceptedAt: options.now().toISOString() };
  });
}

function countrySchema(allowed: readonly string[] | undefined, requiredMessage: string) {
  return stringOf(requiredMessage, messages.notACountry)
    .toUpperCase()
    .refine((code) => isCountryCode(code) && (!allowed || allowed.includes(code)), messages.notACountry);
}

const addressParts = ["line1", "line2", "city", "postalCode", "region", "country"] as const;

function addressRule(field: FieldOfType<"address">, required: boolean): AnswerRule {
  const part = (message: string) => stringOf(message).check(atMost(limits.shortTextMaxLength));
  const optionalUnless = (isRequired: boolean, message: string) =>
    isRequired ? part(message) : part(message).optional();
  const schema = z.object(
    {
      line1: part(messages.address.line1),
      line2: part(messages.address.line1).optional(),
      city: part(messages.address.city),
      postalCode: optionalUnless(field.requirePostalCode, messages.address.postalCode),
      region: optionalUnless(field.requireRegion, messages.address.region),
      country: countrySchema(field.countries, messages.address.country),
    },
    { error: messages.address.line1 },
  );
  return z.preprocess(
    (input) => {
      const value = isBlank(input) ? {} : input;
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const parts: Partial<Record<(typeof addressParts)[number], string>> = {};
      for (const name of addressParts) {
        const raw: unknown = Object.hasOwn(value, name) ? Reflect.get(value, name) : undefined;
        if (typeof raw === "string" && raw.trim() !== "") parts[name] = raw.trim();
      }
      // A preselected country alone is not an answer: the address was left empty. A required
      // empty address is still checked part by part, so each part shows its own message.
      const typedSomething = addressParts.some((name) => name !== "country" && parts[name] !== undefined);
      return typedSomething || required ? parts : undefined;
    },
    required ? schema : schema.optional(),
  );
}

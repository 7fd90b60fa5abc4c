import fc from "fast-check";
import { limits } from "@/lib/limits";
import { countryCodes } from "./countries";
import type {
  FieldDefinition,
  FieldDefinitionInput,
  FieldType,
  InputFieldDefinition,
  VisibilityCondition,
} from "./definitions";
import { isInputField, opsByTargetType } from "./field-kinds";
import { conditionMet } from "./visibility";

/**
 * fast-check arbitraries for the property tests of the form definitions and the compiler: valid forms
 * (every field type, every condition kind, conditions only on earlier fields with a fitting operator,
 * unique keys, non-empty choices, safe patterns) and the answers the attendee's renderer can produce for
 * them. Every generated value is kept small, so a run of a few hundred forms takes well under a second.
 */

/** Fields without their key and condition; keys and conditions are added once the form's order is known. */
type FieldBody = DistributiveOmit<FieldDefinitionInput, "key" | "visibleWhen">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Strings of `min`..`max` characters from `chars` (much faster than fc.stringMatching). */
const charsOf = (chars: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const lower = "abcdefghijklmnopqrstuvwxyz";
const upper = lower.toUpperCase();
const digits = "0123456789";

/** Visible characters, a few of them outside ASCII (all in the BMP, so one character is one UTF-16 unit). */
const textChar = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-_!?'()&/éßñçØΩЖ中日",
);
const innerChar = fc.oneof({ weight: 6, arbitrary: textChar }, { weight: 1, arbitrary: fc.constant(" ") });

/** A trimmed, non-empty text of `min`..`max` characters (no surrounding spaces, no double spaces needed). */
function trimmedText(min: number, max: number): fc.Arbitrary<string> {
  const lower = Math.max(min, 1);
  if (lower === 1 && max === 1) return textChar;
  return fc
    .tuple(
      textChar,
      fc.string({ unit: innerChar, minLength: lower - 2 < 0 ? 0 : lower - 2, maxLength: max - 2 }),
      textChar,
    )
    .map(([first, middle, last]) =>
      lower === 1 && middle.length === 0 ? first : `${first}${middle}${last}`,
    );
}

const label = trimmedText(1, 40);
const optionalText = (max: number) => fc.option(trimmedText(1, max), { nil: undefined });

/** Option values: trimmed, non-empty; unique within a field. */
const optionValue = fc.oneof(
  charsOf(lower + digits, 1, 1),
  fc
    .tuple(
      charsOf(lower + digits, 1, 1),
      charsOf(lower + digits + " _-", 0, 10),
      charsOf(lower + digits, 1, 1),
    )
    .map((parts) => parts.join("")),
);
const options = fc
  .uniqueArray(optionValue, { minLength: 1, maxLength: 8 })
  .chain((values) => fc.tuple(...values.map((value) => label.map((l) => ({ value, label: l })))));

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const countryList = fc.uniqueArray(fc.constantFrom(...countryCodes), { minLength: 1, maxLength: 5 });

/** Patterns that pass pattern-safety, each with the answers that match it. */
const safePatterns: { pattern: string; answer: fc.Arbitrary<string> }[] = [
  {
    pattern: "[A-Z]{2}[0-9]{3}",
    answer: fc.tuple(charsOf(upper, 2, 2), charsOf(digits, 3, 3)).map((p) => p.join("")),
  },
  { pattern: "[a-z]+", answer: charsOf(lower, 1, 20) },
  {
    pattern: "\\d{4}(-\\d{2})?",
    answer: fc
      .tuple(charsOf(digits, 4, 4), fc.option(charsOf(digits, 2, 2), { nil: undefined }))
      .map(([a, b]) => (b ? `${a}-${b}` : a)),
  },
  {
    pattern: "(?:ABC|XYZ)-\\d+",
    answer: fc.tuple(fc.constantFrom("ABC", "XYZ"), charsOf(digits, 1, 6)).map((p) => p.join("-")),
  },
  {
    pattern: "\\p{Lu}\\p{Ll}*",
    answer: fc.tuple(charsOf(upper, 1, 1), charsOf(lower, 0, 10)).map((p) => p.join("")),
  },
];

// ---------------------------------------------------------------------------------------------
// Valid answers per field (canonical: what the stored answer is, given as the renderer gives it)

/**
 * A valid, non-blank answer to `field`, in the shape the renderer produces: strings for text-like and
 * number inputs, booleans for tick boxes, arrays of option values, an object of strings for addresses.
 */
export function validAnswer(field: FieldDefinitionInput | FieldBody): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "short_text":
    case "long_text": {
      if (field.type === "short_text" && field.pattern !== undefined) {
        const safe = safePatterns.find((p) => p.pattern === field.pattern);
        if (!safe) throw new Error(`no answers known for the pattern ${field.pattern}`);
        return safe.answer;
      }
      const typeMax = field.type === "short_text" ? limits.shortTextMaxLength : limits.longTextMaxLength;
      const max = Math.min(field.maxLength ?? typeMax, typeMax);
      const min = Math.max(field.minLength ?? 0, 1);
      // Long enough to exercise the rules, short enough to keep a form under limits.answersJsonBytes.
      return trimmedText(min, Math.min(max, min + 60));
    }
    case "email":
      return fc
        .tuple(
          charsOf(lower + digits, 1, 12),
          fc.option(charsOf(lower + digits, 1, 6), { nil: undefined }),
          charsOf(lower + digits, 1, 12),
          charsOf(lower, 2, 6),
        )
        .map(([local, dotted, domain, tld]) => `${local}${dotted ? `.${dotted}` : ""}@${domain}.${tld}`);
    case "phone":
      return fc.tuple(fc.boolean(), charsOf(digits, 6, 15), fc.boolean()).map(([plus, digits, spaced]) => {
        const body = spaced ? (digits.match(/.{1,3}/g) ?? [digits]).join(" ") : digits;
        return plus ? `+${body}` : body;
      });
    case "number": {
      const min = field.min ?? -1_000_000;
      const max = field.max ?? 1_000_000;
      if (field.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String);
      // Hundredths, written as a person would type them (never in exponent notation).
      return fc
        .integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) })
        .map((n) => String(n / 100));
    }
    case "single_choice":
      return fc.constantFrom(...field.options.map((o) => o.value));
    case "multiple_choice": {
      const values = field.options.map((o) => o.value);
      const min = Math.max(field.minSelected ?? 0, 1);
      const max = Math.min(field.maxSelected ?? values.length, values.length);
      return fc.shuffledSubarray(values, { minLength: min, maxLength: max });
    }
    case "checkbox":
      return fc.boolean();
    case "consent":
      return fc.constant(true);
    case "date": {
      const { minDate, maxDate } = field;
      return isoDate.map((d) => (minDate && d < minDate ? minDate : maxDate && d > maxDate ? maxDate : d));
    }
    case "country":
      return fc.constantFrom(...(field.countries ?? countryCodes));
    case "address":
      return fc.record({
        line1: trimmedText(1, 40),
        line2: fc.oneof(fc.constant(""), trimmedText(1, 40)),
        city: trimmedText(1, 30),
        postalCode:
          (field.requirePostalCode ?? true)
            ? trimmedText(1, 10)
            : fc.oneof(fc.constant(""), trimmedText(1, 10)),
        region: field.requireRegion ? trimmedText(1, 20) : fc.oneof(fc.constant(""), trimmedText(1, 20)),
        country: fc.constantFrom(...(field.countries ?? countryCodes)),
      });
    case "note":
    case "image":
      throw new Error(`a ${field.type} block takes no answer`);
  }
}

/** What the renderer holds for an input left empty (see defaultAnswers in compile.ts). */
function blankAnswer(field: FieldDefinition): unknown {
  switch (field.type) {
    case "multiple_choice":
      return [];
    case "checkbox":
    case "consent":
      return false;
    case "address":
      return {
        line1: "",
        line2: "",
        city: "",
        postalCode: "",
        region: "",
        country: field.defaultCountry ?? "",
      };
    default:
      return "";
  }
}

// ---------------------------------------------------------------------------------------------
// Field bodies, one arbitrary per type

const base = { label, helpText: optionalText(60), required: fc.boolean() };
const personal = fc.option(fc.boolean(), { nil: undefined });

/** Adds an optional default that is itself a valid answer. */
function withDefault<T extends FieldBody>(body: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return body.chain((field) =>
    fc.option(validAnswer(field), { nil: undefined, freq: 3 }).map((value) => {
      if (value === undefined) return field;
      if (field.type === "number") return { ...field, defaultValue: Number(value) };
      return { ...field, defaultValue: value };
    }),
  );
}

const lengthBounds = (typeMax: number) =>
  fc
    .tuple(
      fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: typeMax }), { nil: undefined }),
    )
    .map(([minLength, maxLength]) =>
      minLength !== undefined && maxLength !== undefined && minLength > maxLength
        ? { minLength: maxLength, maxLength: minLength }
        : { minLength, maxLength },
    );

/** Two optional bounds, the lower first when both are present. */
function sortedPair<T extends number | string>(
  arb: fc.Arbitrary<T>,
): fc.Arbitrary<[T | undefined, T | undefined]> {
  return fc
    .tuple(fc.option(arb, { nil: undefined }), fc.option(arb, { nil: undefined }))
    .map(([a, b]) => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]));
}

export const fieldBodies: Record<FieldType, fc.Arbitrary<FieldBody>> = {
  short_text: withDefault(
    fc.oneof(
      fc
        .record({
          type: fc.constant("short_text" as const),
          ...base,
          personal,
          placeholder: optionalText(30),
        })
        .chain((f) => lengthBounds(limits.shortTextMaxLength).map((bounds) => ({ ...f, ...bounds }))),
      fc
        .record({
          type: fc.constant("short_text" as const),
          ...base,
          personal,
          pattern: fc.constantFrom(...safePatterns.map((p) => p.pattern)),
        })
        .chain((f) => trimmedText(1, 40).map((patternMessage) => ({ ...f, patternMessage }))),
    ),
  ),
  long_text: withDefault(
    fc
      .record({ type: fc.constant("long_text" as const), ...base, personal, placeholder: optionalText(30) })
      .chain((f) => lengthBounds(limits.longTextMaxLength).map((bounds) => ({ ...f, ...bounds }))),
  ),
  email: withDefault(
    fc.record({ type: fc.constant("email" as const), ...base, personal, placeholder: optionalText(30) }),
  ),
  phone: withDefault(fc.record({ type: fc.constant("phone" as const), ...base, personal })),
  number: withDefault(
    fc
      .record({ type: fc.constant("number" as const), ...base, personal, integer: fc.boolean() })
      .chain((f) =>
        sortedPair(fc.integer({ min: -10_000, max: 10_000 })).map(([min, max]) => ({ ...f, min, max })),
      ),
  ),
  single_choice: withDefault(
    fc.record({
      type: fc.constant("single_choice" as const),
      ...base,
      personal,
      display: fc.constantFrom("radio" as const, "dropdown" as const),
      options,
    }),
  ),
  multiple_choice: withDefault(
    fc.record({ type: fc.constant("multiple_choice" as const), ...base, personal, options }).chain((f) =>
      sortedPair(fc.integer({ min: 1, max: f.options.length })).map(([minSelected, maxSelected]) => ({
        ...f,
        minSelected,
        maxSelected,
      })),
    ),
  ),
  checkbox: withDefault(
    fc.record({ type: fc.constant("checkbox" as const), label, helpText: optionalText(60), personal }),
  ),
  consent: fc.record({
    type: fc.constant("consent" as const),
    label,
    personal,
    text: trimmedText(1, 120),
    link: fc.option(
      fc.record({
        url: fc.constantFrom("https://example.com/privacy", "http://example.org/terms?x=1"),
        label,
      }),
      { nil: undefined },
    ),
  }),
  date: withDefault(
    fc
      .record({ type: fc.constant("date" as const), ...base, personal })
      .chain((f) => sortedPair(isoDate).map(([minDate, maxDate]) => ({ ...f, minDate, maxDate }))),
  ),
  country: withDefault(
    fc.record({
      type: fc.constant("country" as const),
      ...base,
      personal,
      countries: fc.option(countryList, { nil: undefined }),
    }),
  ),
  address: fc
    .record({
      type: fc.constant("address" as const),
      ...base,
      personal,
      countries: fc.option(countryList, { nil: undefined }),
      requirePostalCode: fc.boolean(),
      requireRegion: fc.boolean(),
    })
    .chain((f) =>
      fc
        .option(fc.constantFrom(...(f.countries ?? countryCodes)), { nil: undefined })
        .map((defaultCountry) => ({ ...f, defaultCountry })),
    ),
  note: fc.record({ type: fc.constant("note" as const), text: trimmedText(1, 200) }),
  image: fc.record({
    type: fc.constant("image" as const),
    url: fc.constantFrom(
      "/api/blobs/org/x/size-chart.webp",
      "https://store.public.blob.vercel-storage.com/a.webp",
    ),
    alt: trimmedText(1, 60),
    caption: optionalText(60),
    width: fc.option(fc.integer({ min: 1, max: limits.imageMaxDimension }), { nil: undefined }),
    height: fc.option(fc.integer({ min: 1, max: limits.imageMaxDimension }), { nil: undefined }),
  }),
};

export const anyFieldBody: fc.Arbitrary<FieldBody> = fc.oneof(...Object.values(fieldBodies));

// ---------------------------------------------------------------------------------------------
// Whole forms

/** A condition on `target` that can be met: the op that fits its type, and a value it can take. */
function conditionOn(target: FieldDefinitionInput): fc.Arbitrary<VisibilityCondition> | undefined {
  if (target.type === "note" || target.type === "image") return undefined;
  const op = opsByTargetType[target.type][0];
  switch (op) {
    case undefined:
      return undefined; // number, date and address fields cannot be conditions' targets
    case "checked":
      return fc.constant({ field: target.key, op });
    case "includes":
    case "equals":
      if (target.type === "multiple_choice" || target.type === "single_choice") {
        return fc
          .constantFrom(...target.options.map((o) => o.value))
          .map((value) => ({ field: target.key, op, value }));
      }
      return validAnswer(target).map((value) => ({ field: target.key, op, value: String(value) }));
  }
}

/** Keys are unique by construction (the index) and still vary in shape and length. */
const keySuffix = charsOf(lower + digits + "_", 0, 12);

/**
 * A valid form of 1..maxFields fields of any type; each field after the first may be visible only when
 * an earlier input field has a given answer (or, for tick boxes, is ticked).
 */
export function validForm({ maxFields = 10 }: { maxFields?: number } = {}): fc.Arbitrary<
  FieldDefinitionInput[]
> {
  return fc
    .array(fc.tuple(anyFieldBody, keySuffix), { minLength: 1, maxLength: maxFields })
    .map((bodies) =>
      bodies.map(
        ([body, suffix], i) =>
          ({ ...body, key: `f${i}${suffix ? `_${suffix}` : ""}` }) as FieldDefinitionInput,
      ),
    )
    .chain((fields) =>
      fc.tuple(
        ...fields.map((field, index) => {
          const targets = fields
            .slice(0, index)
            .map(conditionOn)
            .filter((c): c is fc.Arbitrary<VisibilityCondition> => c !== undefined);
          if (targets.length === 0) return fc.constant(field);
          return fc
            .option(fc.oneof(...targets), { nil: undefined, freq: 2 })
            .map((visibleWhen) =>
              visibleWhen ? ({ ...field, visibleWhen } as FieldDefinitionInput) : field,
            );
        }),
      ),
    );
}

// ---------------------------------------------------------------------------------------------
// Answers

export type RenderedAnswers = {
  /** Every input field's value, hidden ones included, as the renderer submits them. */
  values: Record<string, unknown>;
  /** Keys of the input fields that are shown for these values. */
  visible: Set<string>;
  /** Visible fields left empty. */
  blank: Set<string>;
};

/** Junk a hidden field may still hold (a stale or tampered value): never validated, never stored. */
const hiddenJunk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.boolean(),
);

/**
 * Answers the renderer could submit for `form` (parsed): every shown field filled within its rules, or
 * left empty when it is optional; hidden fields holding anything at all. Values that conditions compare
 * with are favoured, so both branches of each condition are exercised.
 */
export function renderedAnswers(form: readonly FieldDefinition[]): fc.Arbitrary<RenderedAnswers> {
  const inputs = form.filter(isInputField);
  const conditionValues = new Map<string, string[]>();
  for (const field of form) {
    const c = field.visibleWhen;
    if (c?.value === undefined) continue;
    conditionValues.set(c.field, [...(conditionValues.get(c.field) ?? []), c.value]);
  }

  const perField = inputs.map((field) => {
    const wanted = conditionValues.get(field.key) ?? [];
    const favoured = wanted.length === 0 ? undefined : favouring(field, wanted);
    const filled = favoured ? fc.oneof(validAnswer(field), favoured) : validAnswer(field);
    const canBeBlank = field.type !== "consent" && !("required" in field && field.required);
    return fc.record({
      filled,
      blank: canBeBlank ? fc.boolean() : fc.constant(false),
      // Text as typed may carry surrounding spaces; answers are trimmed.
      padded: fc.boolean(),
      junk: hiddenJunk,
    });
  });

  return fc.tuple(...perField).map((choices) => {
    const values: Record<string, unknown> = {};
    const visible = new Set<string>();
    const blank = new Set<string>();
    const shownSoFar = new Set<string>();
    form.forEach((field) => {
      const c = field.visibleWhen;
      const shown = !c || (shownSoFar.has(c.field) && conditionMet(c, values[c.field]));
      if (shown) shownSoFar.add(field.key);
      if (!isInputField(field)) return;
      const choice = choices[inputs.indexOf(field)];
      if (!choice) throw new Error("every input field has a choice");
      if (!shown) {
        values[field.key] = choice.junk;
        return;
      }
      visible.add(field.key);
      if (choice.blank) {
        blank.add(field.key);
        values[field.key] = blankAnswer(field);
      } else {
        values[field.key] =
          choice.padded && typeof choice.filled === "string" ? `  ${choice.filled} ` : choice.filled;
      }
    });
    return { values, visible, blank };
  });
}

/**
 * Valid answers that meet a condition comparing with one of `wanted` (tick boxes need no help: half of
 * their answers are ticked). A multiple choice keeps its size, so its selection bounds still hold.
 */
function favouring(field: InputFieldDefinition, wanted: string[]): fc.Arbitrary<unknown> | undefined {
  if (field.type === "checkbox" || field.type === "consent") return undefined;
  if (field.type !== "multiple_choice") return fc.constantFrom(...wanted);
  return fc.tuple(validAnswer(field), fc.constantFrom(...wanted)).map(([selection, value]) => {
    const chosen = selection as string[];
    return chosen.includes(value) ? chosen : [value, ...chosen.slice(1)];
  });
}

/** Input fields of `form` in `answers.visible`, as parsed definitions. */
/**
 * fast-check settings for this suite: bounded runs, and a seed to replay. A failure prints its seed and
 * path; rerun with FC_SEED=<seed> to get the same forms again.
 */
export function runs(numRuns = 150): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  return { numRuns, ...(seed === undefined ? {} : { seed }) };
}

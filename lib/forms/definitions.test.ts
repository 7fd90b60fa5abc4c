import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { formDefinitionSchema, validateFormDefinition, type FieldDefinitionInput } from "./definitions";
import { breakfastFormFields, devconfFormFields } from "./examples";
import { define, issuesOf } from "./test-helpers";

const check = (fields: unknown[]) => issuesOf(formDefinitionSchema.safeParse(fields));

// Loosely typed on purpose: many tests build definitions that the schema must refuse.
const text = (key: string, extra: object = {}) =>
  ({ type: "short_text", key, label: key || "Label", ...extra }) as FieldDefinitionInput;
const choice = (key: string, values: string[], extra: object = {}) =>
  ({
    type: "single_choice",
    key,
    label: key,
    options: values.map((value) => ({ value, label: value.toUpperCase() || "Option" })),
    ...extra,
  }) as FieldDefinitionInput;
const multi = (key: string, values: string[], extra: object = {}) =>
  ({ ...choice(key, values, extra), type: "multiple_choice" }) as FieldDefinitionInput;
const checkbox = (key: string) => ({ type: "checkbox", key, label: key }) as FieldDefinitionInput;

/** Every field type once, with its options in use. */
const kitchenSink: FieldDefinitionInput[] = [
  {
    type: "short_text",
    key: "nickname",
    label: "Nickname",
    minLength: 2,
    maxLength: 20,
    pattern: "[A-Za-z]+",
    patternMessage: "Letters only",
  },
  { type: "long_text", key: "bio", label: "About you", placeholder: "A few words", maxLength: 1000 },
  { type: "email", key: "work_email", label: "Work email" },
  { type: "phone", key: "mobile", label: "Mobile" },
  { type: "number", key: "guests", label: "Guests", min: 0, max: 5, integer: true, defaultValue: 1 },
  {
    type: "single_choice",
    key: "size",
    label: "Size",
    display: "dropdown",
    options: [
      { value: "s", label: "S" },
      { value: "m", label: "M" },
    ],
    defaultValue: "m",
  },
  {
    type: "multiple_choice",
    key: "topics",
    label: "Topics",
    options: [
      { value: "web", label: "Web" },
      { value: "ai", label: "AI" },
    ],
    minSelected: 1,
    maxSelected: 2,
    defaultValue: ["web"],
  },
  { type: "checkbox", key: "newsletter", label: "Send me the newsletter", defaultValue: true },
  {
    type: "consent",
    key: "terms",
    label: "Terms",
    text: "I accept the terms.",
    link: { url: "https://example.com/terms", label: "Read the terms" },
  },
  {
    type: "date",
    key: "arrival",
    label: "Arrival",
    minDate: "2025-06-01",
    maxDate: "2025-06-30",
    defaultValue: "2025-06-10",
  },
  { type: "country", key: "home", label: "Country", countries: ["DE", "FR"], defaultValue: "FR" },
  {
    type: "address",
    key: "shipping",
    label: "Shipping address",
    required: true,
    countries: ["DE", "AT"],
    defaultCountry: "DE",
  },
  { type: "note", key: "size_note", text: "Sizes run small.\n\nOrder one up." },
  {
    type: "image",
    key: "size_chart",
    url: "https://blob.example.com/chart.png",
    alt: "Size chart",
    width: 800,
    height: 600,
    visibleWhen: { field: "size", op: "equals", value: "m" },
  },
];

describe("formDefinitionSchema: valid forms", () => {
  it("accepts every field type and applies defaults", () => {
    const fields = define(kitchenSink);
    expect(fields).toHaveLength(kitchenSink.length);
    expect(fields[0]).toMatchObject({ required: false, personal: false });
    expect(fields[2]).toMatchObject({ type: "email", personal: true, required: false });
    expect(fields[3]).toMatchObject({ type: "phone", personal: true });
    expect(fields[4]).toMatchObject({ integer: true });
    expect(fields[11]).toMatchObject({ personal: true, requirePostalCode: true, requireRegion: false });
  });

  it("applies the single-choice display default and keeps dropdowns", () => {
    expect(define([choice("a", ["x"])])[0]).toMatchObject({ display: "radio" });
    expect(define([choice("a", ["x"], { display: "dropdown" })])[0]).toMatchObject({ display: "dropdown" });
  });

  it("parses its own output again unchanged (stored definitions are re-read)", () => {
    const once = define(kitchenSink);
    expect(formDefinitionSchema.parse(once)).toEqual(once);
  });

  it("exports the demo forms the seed uses", () => {
    expect(devconfFormFields.map((f) => [f.key, f.type])).toEqual([
      ["t_shirt_fit", "single_choice"],
      ["company", "short_text"],
      ["privacy", "consent"],
    ]);
    expect(breakfastFormFields[1]).toMatchObject({
      key: "dietary_needs",
      required: true,
      visibleWhen: { field: "has_dietary_needs", op: "checked" },
    });
  });

  it("accepts every condition operator on the field types it fits", () => {
    const fields = define([
      choice("fit", ["regular", "fitted"]),
      multi("extras", ["socks", "pen"]),
      checkbox("diet"),
      { type: "consent", key: "photos", label: "Photos", text: "You may photograph me." },
      text("company"),
      { type: "country", key: "home", label: "Home" },
      text("a", { visibleWhen: { field: "fit", op: "equals", value: "fitted" } }),
      text("b", { visibleWhen: { field: "extras", op: "includes", value: "pen" } }),
      text("c", { visibleWhen: { field: "diet", op: "checked" } }),
      text("d", { visibleWhen: { field: "photos", op: "checked" } }),
      text("e", { visibleWhen: { field: "company", op: "equals", value: "ACME" } }),
      text("f", { visibleWhen: { field: "home", op: "equals", value: "DE" } }),
    ]);
    expect(fields).toHaveLength(12);
  });
});

describe("formDefinitionSchema: single-field problems", () => {
  it("refuses an unknown type at [i, 'type']", () => {
    expect(check([{ type: "signature", key: "a", label: "A" }])).toEqual([
      { path: [0, "type"], message: expect.stringMatching(/^Choose a field type: short_text, long_text/) },
    ]);
  });

  it.each([
    ["Company", "Keys start with a lowercase letter and contain only a–z, 0–9 and _"],
    ["1st", "Keys start with a lowercase letter and contain only a–z, 0–9 and _"],
    ["t-shirt", "Keys start with a lowercase letter and contain only a–z, 0–9 and _"],
    ["", "Enter a key"],
    ["a".repeat(limits.fieldKeyMaxLength + 1), `Keys can be at most ${limits.fieldKeyMaxLength} characters`],
    ["constructor", "“constructor” is reserved; choose another key"],
  ])("refuses the key %j", (key, message) => {
    expect(check([text(key)])).toEqual([{ path: [0, "key"], message }]);
  });

  it("accepts a key of exactly the maximum length", () => {
    expect(check([text("a".repeat(limits.fieldKeyMaxLength))])).toEqual([]);
  });

  it("requires a label and limits its length", () => {
    expect(check([text("a", { label: "   " })])).toEqual([{ path: [0, "label"], message: "Enter a label" }]);
    expect(check([text("a", { label: "x".repeat(limits.labelMaxLength + 1) })])).toEqual([
      { path: [0, "label"], message: `Labels can be at most ${limits.labelMaxLength} characters` },
    ]);
  });

  it("limits help text and placeholders", () => {
    expect(
      check([
        text("a", {
          helpText: "x".repeat(limits.helpTextMaxLength + 1),
          placeholder: "y".repeat(limits.placeholderMaxLength + 1),
        }),
      ]),
    ).toEqual([
      { path: [0, "helpText"], message: `Help text can be at most ${limits.helpTextMaxLength} characters` },
      {
        path: [0, "placeholder"],
        message: `Placeholders can be at most ${limits.placeholderMaxLength} characters`,
      },
    ]);
  });

  it("keeps text lengths within the type's limit", () => {
    expect(check([text("a", { maxLength: limits.shortTextMaxLength + 1 })])).toEqual([
      { path: [0, "maxLength"], message: `Can be at most ${limits.shortTextMaxLength}` },
    ]);
    expect(check([{ type: "long_text", key: "a", label: "A", maxLength: limits.longTextMaxLength }])).toEqual(
      [],
    );
  });

  it("refuses a minimum length above the maximum", () => {
    expect(check([text("a", { minLength: 10, maxLength: 5 })])).toEqual([
      { path: [0, "minLength"], message: "The minimum length cannot be more than the maximum length" },
    ]);
  });

  it("refuses a number minimum above its maximum, and dates out of order or unreal", () => {
    expect(check([{ type: "number", key: "n", label: "N", min: 5, max: 1 }])).toEqual([
      { path: [0, "min"], message: "The minimum cannot be more than the maximum" },
    ]);
    expect(
      check([{ type: "date", key: "d", label: "D", minDate: "2025-07-01", maxDate: "2025-06-01" }]),
    ).toEqual([{ path: [0, "minDate"], message: "The earliest date cannot be after the latest date" }]);
    expect(check([{ type: "date", key: "d", label: "D", maxDate: "2025-02-30" }])).toEqual([
      { path: [0, "maxDate"], message: "Use a date like 2025-06-30" },
    ]);
  });

  it("refuses an empty choice list", () => {
    expect(check([choice("fit", [])])).toEqual([
      { path: [0, "options"], message: "Add at least one option" },
    ]);
    expect(check([multi("extras", [])])).toEqual([
      { path: [0, "options"], message: "Add at least one option" },
    ]);
  });

  it("points at each repeated option value", () => {
    expect(check([text("x"), choice("fit", ["s", "m", "s", "m"])])).toEqual([
      { path: [1, "options", 2, "value"], message: "Another option already has this value: “s”" },
      { path: [1, "options", 3, "value"], message: "Another option already has this value: “m”" },
    ]);
  });

  it("refuses option values with outer spaces, empty values and too many options", () => {
    expect(check([choice("fit", [" s"])])).toEqual([
      { path: [0, "options", 0, "value"], message: "Values cannot start or end with a space" },
    ]);
    expect(check([choice("fit", [""])])).toEqual([
      { path: [0, "options", 0, "value"], message: "Enter a value" },
    ]);
    const many = Array.from({ length: limits.choicesPerField + 1 }, (_, i) => `v${i}`);
    expect(check([choice("fit", many)])).toEqual([
      { path: [0, "options"], message: `A field can have at most ${limits.choicesPerField} options` },
    ]);
  });

  it("checks the selection bounds of a multiple choice", () => {
    expect(check([multi("m", ["a", "b", "c"], { minSelected: 3, maxSelected: 2 })])).toEqual([
      { path: [0, "minSelected"], message: "The minimum number of choices cannot be more than the maximum" },
    ]);
    expect(check([multi("m", ["a", "b"], { minSelected: 3 })])).toEqual([
      { path: [0, "minSelected"], message: "Cannot ask for more choices than there are options (2)" },
    ]);
    expect(check([multi("m", ["a", "b"], { maxSelected: 0 })])).toEqual([
      { path: [0, "maxSelected"], message: "Allow at least one choice" },
    ]);
  });

  it("refuses a pattern that does not compile, with the reason", () => {
    expect(check([text("code", { pattern: "(ab", patternMessage: "Nope" })])).toEqual([
      { path: [0, "pattern"], message: "This is not a valid pattern: unterminated group" },
    ]);
  });

  it.each(["(a+)+", "(a*)*", "(a|a)*", "(\\w+\\s?)*", "((ab)*)+"])(
    "refuses the backtracking-prone pattern %s",
    (pattern) => {
      expect(check([text("code", { pattern, patternMessage: "Nope" })])).toEqual([
        { path: [0, "pattern"], message: expect.stringMatching(/^Patterns cannot repeat a group/) },
      ]);
    },
  );

  it("limits the pattern length and requires its message", () => {
    expect(
      check([text("code", { pattern: "a".repeat(limits.patternMaxLength + 1), patternMessage: "x" })]),
    ).toEqual([
      { path: [0, "pattern"], message: `Patterns can be at most ${limits.patternMaxLength} characters` },
    ]);
    expect(check([text("code", { pattern: "[A-Z]{3}" })])).toEqual([
      {
        path: [0, "patternMessage"],
        message: "Enter the message people see when their answer does not match the pattern",
      },
    ]);
  });

  it("requires defaults to be valid answers", () => {
    expect(check([choice("fit", ["s", "m"], { defaultValue: "xl" })])).toEqual([
      {
        path: [0, "defaultValue"],
        message: "The default is not a valid answer: choose one of the listed options",
      },
    ]);
    expect(check([{ type: "email", key: "e", label: "E", defaultValue: "not-an-email" }])).toEqual([
      {
        path: [0, "defaultValue"],
        message: "The default is not a valid answer: enter a valid email address, like name@example.com",
      },
    ]);
    expect(
      check([text("code", { pattern: "[A-Z]{3}", patternMessage: "Three capitals", defaultValue: "ab" })]),
    ).toEqual([{ path: [0, "defaultValue"], message: "The default is not a valid answer: three capitals" }]);
    expect(check([{ type: "number", key: "n", label: "N", max: 3, defaultValue: 4 }])).toEqual([
      { path: [0, "defaultValue"], message: "The default is not a valid answer: must be at most 3" },
    ]);
    expect(check([multi("m", ["a", "b"], { maxSelected: 1, defaultValue: ["a", "b"] })])).toEqual([
      { path: [0, "defaultValue"], message: "The default is not a valid answer: choose at most 1" },
    ]);
    expect(check([{ type: "country", key: "c", label: "C", countries: ["DE"], defaultValue: "FR" }])).toEqual(
      [
        {
          path: [0, "defaultValue"],
          message: "The default is not a valid answer: choose a country from the list",
        },
      ],
    );
  });

  it("checks country lists and the address's default country", () => {
    expect(check([{ type: "country", key: "c", label: "C", countries: ["DE", "XX"] }])).toEqual([
      { path: [0, "countries", 1], message: "Not an ISO 3166-1 country code" },
    ]);
    expect(check([{ type: "country", key: "c", label: "C", countries: ["DE", "FR", "DE"] }])).toEqual([
      { path: [0, "countries", 2], message: "This country is listed twice: “DE”" },
    ]);
    expect(
      check([{ type: "address", key: "a", label: "A", countries: ["DE"], defaultCountry: "FR" }]),
    ).toEqual([
      { path: [0, "defaultCountry"], message: "The default country must be one of the allowed countries" },
    ]);
  });

  it("checks display blocks and consent", () => {
    expect(check([{ type: "note", key: "n", text: " " }])).toEqual([
      { path: [0, "text"], message: "Enter the note’s text" },
    ]);
    expect(check([{ type: "image", key: "i", url: "javascript:alert(1)", alt: "" }])).toEqual([
      { path: [0, "url"], message: "Use an https:// address or a path starting with /" },
      { path: [0, "alt"], message: "Describe the image for people who cannot see it" },
    ]);
    expect(check([{ type: "image", key: "i", url: "//evil.example/x.png", alt: "x" }])).toHaveLength(1);
    expect(check([{ type: "image", key: "i", url: "/api/blobs/abc.webp", alt: "x" }])).toEqual([]);
    expect(check([{ type: "consent", key: "c", label: "C", text: "" }])).toEqual([
      { path: [0, "text"], message: "Enter the text people agree to" },
    ]);
    expect(
      check([
        {
          type: "consent",
          key: "c",
          label: "C",
          text: "Yes",
          link: { url: "ftp://x.example", label: "Policy" },
        },
      ]),
    ).toEqual([{ path: [0, "link", "url"], message: "Use a full web address starting with https://" }]);
  });
});

describe("formDefinitionSchema: whole-form problems", () => {
  it("refuses repeated keys, pointing at the repeat", () => {
    expect(check([text("company"), checkbox("diet"), text("company")])).toEqual([
      { path: [2, "key"], message: "The key “company” is already used by field 1" },
    ]);
  });

  it(`allows ${limits.fieldsPerForm} fields and no more`, () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => text(`f${i}`));
    expect(check(fields(limits.fieldsPerForm))).toEqual([]);
    expect(check(fields(limits.fieldsPerForm + 1))).toEqual([
      { path: [], message: `A form can have at most ${limits.fieldsPerForm} fields` },
    ]);
  });

  it.each([
    [
      "a missing field",
      [text("b", { visibleWhen: { field: "nope", op: "equals", value: "x" } })],
      0,
      "There is no field with the key “nope”",
    ],
    [
      "itself",
      [checkbox("a"), text("b", { visibleWhen: { field: "b", op: "equals", value: "x" } })],
      1,
      "A field cannot depend on itself",
    ],
    [
      "a later field",
      [text("b", { visibleWhen: { field: "c", op: "checked" } }), checkbox("c")],
      0,
      "“c” comes after this field; a field can only depend on fields above it",
    ],
    [
      "a display block",
      [
        { type: "note", key: "n", text: "Hi" },
        text("b", { visibleWhen: { field: "n", op: "equals", value: "Hi" } }),
      ],
      1,
      "“n” is a note and has no answer",
    ],
  ])("refuses a condition on %s at [i, 'visibleWhen', 'field']", (_, fields, index, message) => {
    expect(check(fields)).toEqual([{ path: [index, "visibleWhen", "field"], message }]);
  });

  it.each([
    [
      multi("m", ["a"]),
      "equals",
      "a",
      "“equals” does not apply to a multiple choice field like “m”; use “includes”",
    ],
    [
      choice("m", ["a"]),
      "includes",
      "a",
      "“includes” does not apply to a single choice field like “m”; use “equals”",
    ],
    [
      text("m"),
      "checked",
      undefined,
      "“checked” does not apply to a short text field like “m”; use “equals”",
    ],
    [
      checkbox("m"),
      "equals",
      "true",
      "“equals” does not apply to a yes/no checkbox field like “m”; use “checked”",
    ],
    [
      { type: "number", key: "m", label: "M" },
      "equals",
      "1",
      "“equals” does not apply to a number field like “m”; it cannot be used in a condition",
    ],
  ])("refuses an operator that does not fit the target (%#)", (target, op, value, message) => {
    expect(check([target, text("b", { visibleWhen: { field: "m", op, value } as never })])).toEqual([
      { path: [1, "visibleWhen", "op"], message },
    ]);
  });

  it.each([
    [choice("m", ["a", "b"]), { op: "equals", value: "c" }, "“c” is not an option of “m”"],
    [multi("m", ["a", "b"]), { op: "includes", value: "c" }, "“c” is not an option of “m”"],
    [choice("m", ["a"]), { op: "equals" }, "Enter the value to compare with"],
    [text("m"), { op: "equals", value: " " }, "Enter the value to compare with"],
    [
      text("m"),
      { op: "equals", value: " ACME" },
      "Answers are compared without surrounding spaces; remove them",
    ],
    [checkbox("m"), { op: "checked", value: "yes" }, "“checked” compares with nothing; remove the value"],
    [{ type: "country", key: "m", label: "M" }, { op: "equals", value: "XX" }, "“XX” is not a country code"],
  ])("refuses a condition value that cannot match (%#)", (target, condition, message) => {
    expect(check([target, text("b", { visibleWhen: { field: "m", ...condition } as never })])).toEqual([
      { path: [1, "visibleWhen", "value"], message },
    ]);
  });

  it("reports every problem of a form at once", () => {
    const issues = check([
      text("a"),
      text("a"),
      choice("c", []),
      text("d", { visibleWhen: { field: "zz", op: "checked" } }),
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      [1, "key"],
      [2, "options"],
      [3, "visibleWhen", "field"],
    ]);
  });

  it("is usable on its own for already parsed fields", () => {
    const fields = define([text("a"), text("b")]);
    expect(validateFormDefinition([...fields, ...fields])).toEqual([
      { path: [2, "key"], message: "The key “a” is already used by field 1" },
      { path: [3, "key"], message: "The key “b” is already used by field 2" },
    ]);
  });
});

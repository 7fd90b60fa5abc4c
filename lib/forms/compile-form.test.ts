import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limits } from "@/lib/limits";
import { compileAnswersSchema, defaultAnswers, visibleFields } from "./compile";
import type { FieldDefinitionInput } from "./definitions";
import { breakfastFormFields, devconfFormFields } from "./examples";
import { define, issuesOf } from "./test-helpers";

const NOW = new Date("2025-06-01T09:30:00.000Z");
const parse = (fields: FieldDefinitionInput[], answers: unknown) =>
  compileAnswersSchema(define(fields), { now: () => NOW }).safeParse(answers);

const fit: FieldDefinitionInput = {
  type: "single_choice",
  key: "fit",
  label: "Fit",
  options: [
    { value: "regular", label: "Regular" },
    { value: "fitted", label: "Fitted" },
  ],
};
const extras: FieldDefinitionInput = {
  type: "multiple_choice",
  key: "extras",
  label: "Extras",
  options: [
    { value: "socks", label: "Socks" },
    { value: "pen", label: "Pen" },
  ],
};
const diet: FieldDefinitionInput = { type: "checkbox", key: "diet", label: "I have dietary needs" };
const photos: FieldDefinitionInput = {
  type: "consent",
  key: "photos",
  label: "Photos",
  text: "You may photograph me.",
};
const company: FieldDefinitionInput = { type: "short_text", key: "company", label: "Company" };
const home: FieldDefinitionInput = { type: "country", key: "home", label: "Country" };
const dependent = (key: string, visibleWhen: object): FieldDefinitionInput => ({
  type: "short_text",
  key,
  label: key,
  required: true,
  visibleWhen: visibleWhen as never,
});

describe("conditional visibility", () => {
  it.each([
    ["equals on a single choice", fit, { op: "equals", value: "fitted" }, "fitted", "regular"],
    ["equals on short text", company, { op: "equals", value: "ACME" }, " ACME ", "Acme"],
    ["equals on a country", home, { op: "equals", value: "DE" }, "DE", "FR"],
    ["includes on a multiple choice", extras, { op: "includes", value: "pen" }, ["socks", "pen"], ["socks"]],
    ["checked on a checkbox", diet, { op: "checked" }, true, false],
    ["checked on a consent", { ...photos }, { op: "checked" }, true, undefined],
  ] as const)("%s", (_, target, condition, shownBy, hiddenBy) => {
    const fields = [target, dependent("details", { field: target.key, ...condition })];

    // Shown: required, validated and kept.
    expect(issuesOf(parse(fields, { [target.key]: shownBy }))).toEqual([
      { path: ["details"], message: "Enter an answer" },
    ]);
    const shown = parse(fields, { [target.key]: shownBy, details: " yes " });
    expect(shown.success && shown.data.details).toBe("yes");

    // Hidden: neither required nor validated, and stripped from the output.
    const hiddenTarget = target.type === "consent" ? {} : { [target.key]: hiddenBy };
    const hidden = parse(fields, { ...hiddenTarget, details: ["not", "even", "text"] });
    expect(issuesOf(hidden)).toEqual(
      target.type === "consent" ? [{ path: ["photos"], message: "You must accept this to continue" }] : [],
    );
    if (hidden.success) expect(hidden.data).not.toHaveProperty("details");
  });

  it("hides a field whose condition depends on a hidden field, whatever that field's value", () => {
    const fields = [
      diet,
      {
        type: "checkbox",
        key: "allergy",
        label: "Is it an allergy?",
        visibleWhen: { field: "diet", op: "checked" },
      },
      dependent("allergy_details", { field: "allergy", op: "checked" }),
    ] satisfies FieldDefinitionInput[];
    const result = parse(fields, { diet: false, allergy: true });
    expect(result.success && result.data).toEqual({ diet: false });
    // The renderer's view of the same raw values agrees.
    expect(visibleFields(define(fields), { diet: false, allergy: true }).map((f) => f.key)).toEqual(["diet"]);
    expect(issuesOf(parse(fields, { diet: true, allergy: true }))).toEqual([
      { path: ["allergy_details"], message: "Enter an answer" },
    ]);
  });

  it("uses the raw value of an invalid earlier field, so its dependants are still checked", () => {
    const fields = [
      { ...extras, maxSelected: 1 },
      dependent("pen_colour", { field: "extras", op: "includes", value: "pen" }),
    ];
    expect(issuesOf(parse(fields, { extras: ["socks", "pen"] }))).toEqual([
      { path: ["extras"], message: "Choose at most 1" },
      { path: ["pen_colour"], message: "Enter an answer" },
    ]);
  });

  it("applies to display blocks, which never have answers", () => {
    const fields = [
      fit,
      {
        type: "image",
        key: "chart",
        url: "/blobs/chart.png",
        alt: "Fitted size chart",
        visibleWhen: { field: "fit", op: "equals", value: "fitted" },
      },
      { type: "note", key: "hello", text: "Hello" },
    ] satisfies FieldDefinitionInput[];
    const result = parse(fields, { fit: "fitted" });
    expect(result.success && result.data).toEqual({ fit: "fitted" });
    expect(visibleFields(define(fields), { fit: "fitted" }).map((f) => f.key)).toEqual([
      "fit",
      "chart",
      "hello",
    ]);
    expect(visibleFields(define(fields), { fit: "regular" }).map((f) => f.key)).toEqual(["fit", "hello"]);
  });

  it("works for the breakfast demo form", () => {
    const schema = compileAnswersSchema(breakfastFormFields);
    expect(schema.parse({ has_dietary_needs: false, dietary_needs: "left over from before" })).toEqual({
      has_dietary_needs: false,
    });
    expect(schema.parse({ has_dietary_needs: true, dietary_needs: " No nuts " })).toEqual({
      has_dietary_needs: true,
      dietary_needs: "No nuts",
    });
    expect(issuesOf(schema.safeParse({ has_dietary_needs: true, dietary_needs: "" }))).toEqual([
      { path: ["dietary_needs"], message: "Enter an answer" },
    ]);
  });
});

describe("the answers object", () => {
  it("refuses unknown keys, naming them, including keys of display blocks", () => {
    const fields = [company, { type: "note", key: "intro", text: "Hi" }] satisfies FieldDefinitionInput[];
    const result = parse(fields, { company: "ACME", intro: "x", shoe_size: 44 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: "unrecognized_keys",
        keys: ["intro", "shoe_size"],
        path: [],
        message: "This form has no field “intro”, “shoe_size”",
      }),
    ]);
  });

  it("never reads inherited properties as answers", () => {
    const result = parse([{ ...company, required: true }], Object.create({ company: "inherited" }));
    expect(issuesOf(result)).toEqual([{ path: ["company"], message: "Enter an answer" }]);
  });

  it("refuses something that is not an object", () => {
    expect(issuesOf(parse([company], "company=ACME"))).toEqual([
      { path: [], message: "Answers must be an object keyed by field" },
    ]);
    expect(parse([company], null).success).toBe(false);
  });

  it("reports every field's errors, not just the first", () => {
    const fields = [
      { ...fit, required: true },
      { type: "email", key: "email", label: "Email", required: true },
      { type: "address", key: "address", label: "Address", required: true },
      photos,
    ] satisfies FieldDefinitionInput[];
    expect(
      issuesOf(parse(fields, { email: "nope", address: { line1: "1 Main St", country: "DE" } })),
    ).toEqual([
      { path: ["fit"], message: "Choose an option" },
      { path: ["email"], message: "Enter a valid email address, like name@example.com" },
      { path: ["address", "city"], message: "Enter a town or city" },
      { path: ["address", "postalCode"], message: "Enter a postal code" },
      { path: ["photos"], message: "You must accept this to continue" },
    ]);
  });

  it("keeps issue paths under the parent key when nested in the order form's schema", () => {
    const order = z.object({ answers: compileAnswersSchema(devconfFormFields) });
    expect(issuesOf(order.safeParse({ answers: { t_shirt_fit: "fitted" } }))).toEqual([
      { path: ["answers", "privacy"], message: "You must accept this to continue" },
    ]);
  });

  it("gives the same answers when its output is parsed again (browser output re-checked by the server)", () => {
    const schema = compileAnswersSchema(devconfFormFields, { now: () => NOW });
    const once = schema.parse({ t_shirt_fit: "fitted", company: " ACME ", privacy: true });
    expect(once).toEqual({
      t_shirt_fit: "fitted",
      company: "ACME",
      privacy: {
        accepted: true,
        text: devconfFormFields[2]?.type === "consent" ? devconfFormFields[2].text : "",
        acceptedAt: NOW.toISOString(),
      },
    });
    expect(schema.parse(once)).toEqual(once);
  });

  it(`refuses answers larger than ${limits.answersJsonBytes} bytes altogether`, () => {
    const count = Math.ceil(limits.answersJsonBytes / limits.longTextMaxLength) + 1;
    const fields = Array.from({ length: count }, (_, i) => ({
      type: "long_text" as const,
      key: `t${i}`,
      label: `T${i}`,
    }));
    const answers = Object.fromEntries(fields.map((f) => [f.key, "x".repeat(limits.longTextMaxLength)]));
    expect(issuesOf(parse(fields, answers))).toEqual([
      { path: [], message: "Your answers are too long altogether. Shorten the longest ones and try again." },
    ]);
    delete answers.t0;
    delete answers.t1;
    expect(parse(fields, answers).success).toBe(true);
  });
});

describe("defaultAnswers", () => {
  const fields: FieldDefinitionInput[] = [
    { ...company, defaultValue: "ACME" },
    { type: "number", key: "guests", label: "Guests", defaultValue: 2 },
    { type: "number", key: "kids", label: "Kids" },
    { ...extras, defaultValue: ["pen"] },
    diet,
    photos,
    { type: "country", key: "home", label: "Country", countries: ["IE"] },
    { type: "address", key: "address", label: "Address", defaultCountry: "DE" },
    { type: "note", key: "intro", text: "Hi" },
    { type: "date", key: "arrival", label: "Arrival" },
  ];

  it("gives an initial value for every input field and none for display blocks", () => {
    expect(defaultAnswers(define(fields))).toEqual({
      company: "ACME",
      guests: "2",
      kids: "",
      extras: ["pen"],
      diet: false,
      photos: false,
      home: "IE",
      address: { line1: "", line2: "", city: "", postalCode: "", region: "", country: "DE" },
      arrival: "",
    });
  });

  it("is a valid starting point: only required fields complain", () => {
    expect(issuesOf(parse(fields, defaultAnswers(define(fields))))).toEqual([
      { path: ["photos"], message: "You must accept this to continue" },
    ]);
    const result = parse(
      fields.filter((f) => f.type !== "consent"),
      defaultAnswers(define(fields.filter((f) => f.type !== "consent"))),
    );
    expect(result.success && result.data).toEqual({
      company: "ACME",
      guests: 2,
      extras: ["pen"],
      diet: false,
      home: "IE",
    });
  });
});

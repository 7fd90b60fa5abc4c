import { describe, expect, it } from "vitest";
import { compileAnswersSchema } from "./compile";
import { MASK, formatAnswers } from "./format-answers";
import { define } from "./test-helpers";

const fields = define([
  { type: "short_text", key: "company", label: "Company" },
  { type: "email", key: "email", label: "Email" },
  { type: "number", key: "guests", label: "Guests" },
  {
    type: "single_choice",
    key: "fit",
    label: "T-shirt fit",
    options: [
      { value: "regular", label: "Regular" },
      { value: "fitted", label: "Fitted" },
    ],
  },
  {
    type: "multiple_choice",
    key: "extras",
    label: "Extras",
    options: [
      { value: "socks", label: "Socks" },
      { value: "pen", label: "Ballpoint pen" },
    ],
  },
  { type: "checkbox", key: "diet", label: "I have dietary needs" },
  { type: "long_text", key: "diet_details", label: "Dietary needs", personal: true },
  { type: "consent", key: "privacy", label: "Privacy", text: "I agree." },
  { type: "date", key: "arrival", label: "Arrival" },
  { type: "country", key: "home", label: "Country" },
  { type: "address", key: "address", label: "Address" },
  { type: "note", key: "intro", text: "Hello" },
]);

const answers = compileAnswersSchema(fields, { now: () => new Date("2025-06-01T09:30:00Z") }).parse({
  company: "ACME",
  email: "ada@example.com",
  guests: "2",
  fit: "fitted",
  extras: ["pen", "socks"],
  diet: false,
  privacy: true,
  arrival: "2025-06-10",
  home: "CI",
  address: { line1: "1 Main St", line2: "Flat 2", city: "Berlin", postalCode: "10115", country: "DE" },
});

describe("formatAnswers", () => {
  it("writes when consent was given in the event's zone, labelled, for pages and emails", () => {
    const privacy = formatAnswers({ fields, answers, maskPersonal: false, timeZone: "Europe/Berlin" }).find(
      (row) => row.key === "privacy",
    );
    // 09:30 UTC on 1 June is 11:30 summer time in Berlin.
    expect(privacy?.value).toBe("Accepted on 1 Jun 2025, 11:30 CEST");
  });

  it("formats every type for people: labels, Yes/No, names, one-line addresses", () => {
    expect(formatAnswers({ fields, answers, maskPersonal: false })).toEqual([
      { key: "company", label: "Company", value: "ACME" },
      { key: "email", label: "Email", value: "ada@example.com" },
      { key: "guests", label: "Guests", value: "2" },
      { key: "fit", label: "T-shirt fit", value: "Fitted" },
      { key: "extras", label: "Extras", value: "Socks, Ballpoint pen" },
      { key: "diet", label: "I have dietary needs", value: "No" },
      { key: "privacy", label: "Privacy", value: "Accepted on 2025-06-01 09:30 UTC" },
      { key: "arrival", label: "Arrival", value: "2025-06-10" },
      { key: "home", label: "Country", value: "Côte d’Ivoire" },
      { key: "address", label: "Address", value: "1 Main St, Flat 2, Berlin, 10115, Germany" },
    ]);
  });

  it("masks personal fields, and only those, when asked", () => {
    const rows = formatAnswers({
      fields,
      answers: { ...answers, diet_details: "No nuts" },
      maskPersonal: true,
    });
    const masked = rows.filter((r) => r.value === MASK).map((r) => r.key);
    expect(masked).toEqual(["email", "diet_details", "address"]);
    expect(rows.find((r) => r.key === "company")?.value).toBe("ACME");
  });

  it("leaves out unanswered fields unless asked to include them", () => {
    const few = { company: "ACME" };
    expect(formatAnswers({ fields, answers: few, maskPersonal: false })).toEqual([
      { key: "company", label: "Company", value: "ACME" },
    ]);
    const all = formatAnswers({ fields, answers: few, maskPersonal: true, includeEmpty: true });
    expect(all.map((r) => r.key)).toEqual(fields.filter((f) => f.type !== "note").map((f) => f.key));
    // An empty personal answer stays empty rather than pretending there is something behind a mask.
    expect(all.find((r) => r.key === "email")?.value).toBe("");
  });

  it("keeps answers of fields that no longer exist, after the others, masked when masking", () => {
    const old = { company: "ACME", shoe_size: 44, legacy: { a: "x", b: ["y", "z"] } };
    expect(formatAnswers({ fields, answers: old, maskPersonal: false })).toEqual([
      { key: "company", label: "Company", value: "ACME" },
      { key: "shoe_size", label: "shoe_size", value: "44" },
      { key: "legacy", label: "legacy", value: "x, y, z" },
    ]);
    expect(formatAnswers({ fields, answers: old, maskPersonal: true }).map((r) => r.value)).toEqual([
      "ACME",
      MASK,
      MASK,
    ]);
  });

  it("copes with values whose shape no longer fits the field", () => {
    const odd = {
      fit: "oversized",
      extras: "pen",
      diet: "yes",
      home: "XX",
      privacy: true,
      address: "Somewhere 1",
      guests: null,
    };
    expect(formatAnswers({ fields, answers: odd, maskPersonal: false })).toEqual([
      { key: "fit", label: "T-shirt fit", value: "oversized" },
      { key: "extras", label: "Extras", value: "pen" },
      { key: "diet", label: "I have dietary needs", value: "yes" },
      { key: "privacy", label: "Privacy", value: "Accepted" },
      { key: "home", label: "Country", value: "XX" },
      { key: "address", label: "Address", value: "Somewhere 1" },
    ]);
  });

  it("copes with no answers at all", () => {
    expect(formatAnswers({ fields, answers: null, maskPersonal: false })).toEqual([]);
    expect(formatAnswers({ fields: [], answers: {}, maskPersonal: false })).toEqual([]);
  });
});

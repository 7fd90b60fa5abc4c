import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { compileAnswersSchema } from "./compile";
import type { FieldDefinitionInput } from "./definitions";
import { define, issuesOf } from "./test-helpers";

const NOW = new Date("2025-06-01T09:30:00.000Z");

/** Parses `answers` against a form made of `field` alone. */
function answer(field: FieldDefinitionInput, value: unknown) {
  const schema = compileAnswersSchema(define([field]), { now: () => NOW });
  const result = schema.safeParse(value === undefined ? {} : { [field.key]: value });
  return { data: result.success ? result.data : undefined, issues: issuesOf(result) };
}

/** The stored answer for a valid value (undefined when it is stored as absent). */
function stored(field: FieldDefinitionInput, value: unknown) {
  const { data, issues } = answer(field, value);
  expect(issues).toEqual([]);
  return data?.[field.key];
}

/** The messages for an invalid value, all at the path [key] unless the field is an address. */
function refused(field: FieldDefinitionInput, value: unknown) {
  const { issues } = answer(field, value);
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) expect(issue.path[0]).toBe(field.key);
  return issues.map((i) => i.message);
}

describe("short and long text", () => {
  const company: FieldDefinitionInput = {
    type: "short_text",
    key: "company",
    label: "Company",
    maxLength: 10,
    minLength: 2,
  };

  it("trims, and stores an empty optional answer as absent", () => {
    expect(stored(company, "  ACME  ")).toBe("ACME");
    expect(stored(company, "   ")).toBeUndefined();
    expect(stored(company, "")).toBeUndefined();
    expect(stored(company, null)).toBeUndefined();
    expect(stored(company, undefined)).toBeUndefined();
  });

  it("requires an answer when required", () => {
    expect(refused({ ...company, required: true }, "  ")).toEqual(["Enter an answer"]);
    expect(refused({ ...company, required: true }, undefined)).toEqual(["Enter an answer"]);
  });

  it("checks the length after trimming", () => {
    expect(refused(company, "A")).toEqual(["Must be at least 2 characters"]);
    expect(refused(company, "ABCDEFGHIJK")).toEqual(["Must be at most 10 characters"]);
    expect(stored(company, " ABCDEFGHIJ ")).toBe("ABCDEFGHIJ");
  });

  it("defaults the maximum to the type's limit", () => {
    const bare: FieldDefinitionInput = { type: "short_text", key: "a", label: "A" };
    expect(refused(bare, "x".repeat(limits.shortTextMaxLength + 1))).toEqual([
      `Must be at most ${limits.shortTextMaxLength} characters`,
    ]);
    const long: FieldDefinitionInput = { type: "long_text", key: "b", label: "B" };
    expect(stored(long, "x".repeat(limits.longTextMaxLength))).toHaveLength(limits.longTextMaxLength);
    expect(refused(long, "x".repeat(limits.longTextMaxLength + 1))).toEqual([
      `Must be at most ${limits.longTextMaxLength} characters`,
    ]);
  });

  it("shows the field's own pattern message and matches the whole answer", () => {
    const code: FieldDefinitionInput = {
      ...company,
      key: "code",
      pattern: "[A-Z]{3}\\d",
      patternMessage: "Use a code like ABC1",
    };
    expect(stored(code, " ABC1 ")).toBe("ABC1");
    expect(refused(code, "ABC12")).toEqual(["Use a code like ABC1"]);
    expect(refused(code, "abc1")).toEqual(["Use a code like ABC1"]);
  });

  it("does not run the pattern on an answer that is already too long", () => {
    const code: FieldDefinitionInput = {
      type: "short_text",
      key: "code",
      label: "Code",
      maxLength: 5,
      pattern: "\\d+",
      patternMessage: "Digits only",
    };
    expect(refused(code, "x".repeat(6))).toEqual(["Must be at most 5 characters"]);
  });

  it("refuses non-text values", () => {
    expect(refused(company, 42)).toEqual(["Enter an answer"]);
    expect(refused(company, ["a"])).toEqual(["Enter an answer"]);
  });
});

describe("email", () => {
  const email: FieldDefinitionInput = {
    type: "email",
    key: "work_email",
    label: "Work email",
    required: true,
  };

  it("keeps the address as typed, trimmed", () => {
    expect(stored(email, "  Ada.Lovelace@Example.com ")).toBe("Ada.Lovelace@Example.com");
  });

  it.each(["ada", "ada@", "ada@example", "ada @example.com", "@example.com"])("refuses %j", (value) => {
    expect(refused(email, value)).toEqual(["Enter a valid email address, like name@example.com"]);
  });

  it("requires it and limits its length", () => {
    expect(refused(email, "")).toEqual(["Enter an email address"]);
    const long = `${"a".repeat(limits.emailMaxLength)}@example.com`;
    expect(refused(email, long)).toEqual([`Must be at most ${limits.emailMaxLength} characters`]);
  });
});

describe("phone", () => {
  const phone: FieldDefinitionInput = { type: "phone", key: "mobile", label: "Mobile" };

  it.each(["+44 20 7946 0958", "(030) 123-456", "0049.30.123456", "+1 (555) 010-9999"])(
    "accepts %j",
    (value) => {
      expect(stored(phone, value)).toBe(value);
    },
  );

  it.each(["12345", "call me", "+44 20 7946 0958 ext 3", "1234567890123456"])("refuses %j", (value) => {
    expect(refused(phone, value)).toEqual(["Enter a valid phone number, like +44 20 7946 0958"]);
  });

  it("requires it when required", () => {
    expect(refused({ ...phone, required: true }, " ")).toEqual(["Enter a phone number"]);
  });
});

describe("number", () => {
  const guests: FieldDefinitionInput = {
    type: "number",
    key: "guests",
    label: "Guests",
    min: 1,
    max: 5,
    integer: true,
  };

  it("accepts numbers and numeric text, storing a number", () => {
    expect(stored(guests, 3)).toBe(3);
    expect(stored(guests, " 4 ")).toBe(4);
    expect(stored({ type: "number", key: "h", label: "H" }, "-2.5")).toBe(-2.5);
  });

  it("stores blank or NaN (an empty valueAsNumber input) as absent", () => {
    expect(stored(guests, "")).toBeUndefined();
    expect(stored(guests, Number.NaN)).toBeUndefined();
  });

  it("checks range and whole numbers", () => {
    expect(refused(guests, 0)).toEqual(["Must be at least 1"]);
    expect(refused(guests, "6")).toEqual(["Must be at most 5"]);
    expect(refused(guests, 2.5)).toEqual(["Enter a whole number"]);
  });

  it.each(["three", "1,5", "1e3x", "Infinity"])("refuses the text %j", (value) => {
    expect(refused(guests, value)).toEqual(["Enter a number, like 12 or 3.5"]);
  });

  it("requires it when required", () => {
    expect(refused({ ...guests, required: true }, "")).toEqual(["Enter a number"]);
  });
});

describe("date", () => {
  const arrival: FieldDefinitionInput = {
    type: "date",
    key: "arrival",
    label: "Arrival",
    minDate: "2025-06-01",
    maxDate: "2025-06-30",
  };

  it("accepts a date in range, inclusive", () => {
    expect(stored(arrival, "2025-06-01")).toBe("2025-06-01");
    expect(stored(arrival, "2025-06-30")).toBe("2025-06-30");
  });

  it("names the limits in words", () => {
    expect(refused(arrival, "2025-05-31")).toEqual(["Must be on or after 1 June 2025"]);
    expect(refused(arrival, "2025-07-01")).toEqual(["Must be on or before 30 June 2025"]);
  });

  it.each(["2025-02-30", "30/06/2025", "2025-6-1", "tomorrow"])("refuses %j as not a real date", (value) => {
    expect(refused(arrival, value)).toEqual(["Enter a real date, like 2025-06-30"]);
  });

  it("requires it when required", () => {
    expect(refused({ ...arrival, required: true }, "")).toEqual(["Enter a date"]);
  });
});

describe("single choice", () => {
  const fit: FieldDefinitionInput = {
    type: "single_choice",
    key: "fit",
    label: "Fit",
    required: true,
    options: [
      { value: "regular", label: "Regular" },
      { value: "fitted", label: "Fitted" },
    ],
  };

  it("stores the option's value", () => {
    expect(stored(fit, "fitted")).toBe("fitted");
    expect(stored({ ...fit, display: "dropdown" }, "regular")).toBe("regular");
  });

  it("refuses anything that is not an option", () => {
    expect(refused(fit, "oversized")).toEqual(["Choose one of the listed options"]);
    expect(refused(fit, "Fitted")).toEqual(["Choose one of the listed options"]);
    expect(refused(fit, ["fitted"])).toEqual(["Choose one of the listed options"]);
  });

  it("requires a choice when required, and not otherwise", () => {
    expect(refused(fit, "")).toEqual(["Choose an option"]);
    expect(stored({ ...fit, required: false }, "")).toBeUndefined();
  });
});

describe("multiple choice", () => {
  const extras: FieldDefinitionInput = {
    type: "multiple_choice",
    key: "extras",
    label: "Extras",
    options: ["socks", "pen", "cube", "cap"].map((value) => ({ value, label: value })),
    maxSelected: 3,
  };

  it("stores the chosen values in the options' order, without repeats", () => {
    expect(stored(extras, ["cube", "socks", "cube"])).toEqual(["socks", "cube"]);
  });

  it("treats nothing chosen as absent when optional", () => {
    expect(stored(extras, [])).toBeUndefined();
    expect(stored(extras, false)).toBeUndefined();
  });

  it("enforces the selection bounds", () => {
    expect(refused(extras, ["socks", "pen", "cube", "cap"])).toEqual(["Choose at most 3"]);
    expect(refused({ ...extras, minSelected: 2 }, ["socks"])).toEqual(["Choose at least 2"]);
  });

  it("requires at least one, or the minimum, when required", () => {
    expect(refused({ ...extras, required: true }, [])).toEqual(["Choose at least one option"]);
    expect(refused({ ...extras, required: true, minSelected: 2 }, [])).toEqual(["Choose at least 2"]);
  });

  it("refuses values that are not options", () => {
    expect(refused(extras, ["socks", "yacht"])).toEqual(["Choose one of the listed options"]);
    expect(refused(extras, [1])).toEqual(["Choose one of the listed options"]);
    expect(refused(extras, { socks: true })).toEqual(["Choose one of the listed options"]);
  });
});

describe("checkbox", () => {
  const diet: FieldDefinitionInput = { type: "checkbox", key: "diet", label: "I have dietary needs" };

  it("stores true or false, unticked being a real “No”", () => {
    expect(stored(diet, true)).toBe(true);
    expect(stored(diet, false)).toBe(false);
    expect(stored(diet, undefined)).toBe(false);
  });

  it("refuses anything that is not yes or no", () => {
    expect(refused(diet, "maybe")).toEqual(["Choose yes or no"]);
    expect(refused(diet, 1)).toEqual(["Choose yes or no"]);
  });
});

describe("consent", () => {
  const privacy: FieldDefinitionInput = {
    type: "consent",
    key: "privacy",
    label: "Privacy",
    text: "I agree to the processing.",
  };

  it("stores the consent text and the time, never the browser's version of them", () => {
    const expected = { accepted: true, text: "I agree to the processing.", acceptedAt: NOW.toISOString() };
    expect(stored(privacy, true)).toEqual(expected);
    expect(
      stored(privacy, { accepted: true, text: "I agree to nothing", acceptedAt: "1999-01-01T00:00:00Z" }),
    ).toEqual(expected);
  });

  it("must be ticked", () => {
    expect(refused(privacy, false)).toEqual(["You must accept this to continue"]);
    expect(refused(privacy, undefined)).toEqual(["You must accept this to continue"]);
    expect(refused(privacy, { accepted: false })).toEqual(["You must accept this to continue"]);
  });
});

describe("country", () => {
  const home: FieldDefinitionInput = { type: "country", key: "home", label: "Country", required: true };

  it("stores an ISO 3166-1 alpha-2 code", () => {
    expect(stored(home, "DE")).toBe("DE");
    expect(stored(home, " fr ")).toBe("FR");
  });

  it("refuses unknown codes and countries outside the allowed list", () => {
    expect(refused(home, "XX")).toEqual(["Choose a country from the list"]);
    expect(refused(home, "Germany")).toEqual(["Choose a country from the list"]);
    expect(refused({ ...home, countries: ["DE", "AT"] }, "FR")).toEqual(["Choose a country from the list"]);
  });

  it("requires one when required", () => {
    expect(refused(home, "")).toEqual(["Choose a country"]);
  });
});

describe("address", () => {
  const shipping: FieldDefinitionInput = {
    type: "address",
    key: "shipping",
    label: "Shipping address",
    required: true,
  };
  const full = {
    line1: " 1 Main St ",
    line2: "",
    city: "Berlin",
    postalCode: "10115",
    region: " ",
    country: "DE",
  };

  it("stores the filled parts, trimmed", () => {
    expect(stored(shipping, full)).toEqual({
      line1: "1 Main St",
      city: "Berlin",
      postalCode: "10115",
      country: "DE",
    });
  });

  it("puts each missing part's error at [key, part]", () => {
    const { issues } = answer(shipping, { line1: "", city: "", postalCode: "", country: "" });
    expect(issues).toEqual([
      { path: ["shipping", "line1"], message: "Enter the first line of the address" },
      { path: ["shipping", "city"], message: "Enter a town or city" },
      { path: ["shipping", "postalCode"], message: "Enter a postal code" },
      { path: ["shipping", "country"], message: "Choose a country" },
    ]);
  });

  it("follows the postal code and region settings", () => {
    const noPostcode = { ...shipping, requirePostalCode: false, requireRegion: true };
    const { issues } = answer(noPostcode, { ...full, postalCode: "" });
    expect(issues).toEqual([{ path: ["shipping", "region"], message: "Enter a state, county or region" }]);
  });

  it("checks the country against the allowed list", () => {
    const { issues } = answer({ ...shipping, countries: ["AT"] }, full);
    expect(issues).toEqual([{ path: ["shipping", "country"], message: "Choose a country from the list" }]);
  });

  it("treats an optional address with only its preselected country as not given", () => {
    const optional = { ...shipping, required: false };
    expect(
      stored(optional, { line1: "", line2: "", city: "", postalCode: "", region: "", country: "DE" }),
    ).toBeUndefined();
    const { issues } = answer(optional, { line1: "1 Main St", country: "DE" });
    expect(issues.map((i) => i.path)).toEqual([
      ["shipping", "city"],
      ["shipping", "postalCode"],
    ]);
  });

  it("refuses a value that is not an address", () => {
    expect(refused(shipping, "1 Main St, Berlin")).toEqual(["Enter the first line of the address"]);
  });
});

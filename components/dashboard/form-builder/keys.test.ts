import { describe, expect, it } from "vitest";
import { fieldKeySchema } from "@/lib/forms/definitions";
import { limits } from "@/lib/limits";
import { keyFromLabel, keyProblem, optionValueFromLabel, uniqueKey } from "./keys";

describe("keyFromLabel", () => {
  it("turns a label into a valid key", () => {
    expect(keyFromLabel("T-shirt fit", [])).toBe("t_shirt_fit");
    expect(keyFromLabel("Größe / Taille", [])).toBe("grosse_taille");
    expect(keyFromLabel("  Company name?  ", [])).toBe("company_name");
    expect(keyFromLabel("2nd line", [])).toBe("nd_line");
  });

  it("falls back to “field” when nothing usable is left, and avoids the reserved key", () => {
    expect(keyFromLabel("", [])).toBe("field");
    expect(keyFromLabel("123 !!", [])).toBe("field");
    expect(keyFromLabel("Constructor", [])).toBe("constructor_field");
  });

  it("is unique against the taken keys", () => {
    expect(keyFromLabel("Size", ["size"])).toBe("size_2");
    expect(keyFromLabel("Size", ["size", "size_2"])).toBe("size_3");
  });

  it("stays within the key length limit, suffix included", () => {
    const long = "a".repeat(100);
    const first = keyFromLabel(long, []);
    expect(first).toHaveLength(limits.fieldKeyMaxLength);
    const second = keyFromLabel(long, [first]);
    expect(second).toHaveLength(limits.fieldKeyMaxLength);
    expect(second.endsWith("_2")).toBe(true);
  });

  it("always produces a key the definitions schema accepts", () => {
    for (const label of ["Ä", "___", "x", "Hello World 2025", "日本語", "a-b-c", "Z".repeat(80)]) {
      expect(fieldKeySchema.safeParse(keyFromLabel(label, [])).success, label).toBe(true);
    }
  });
});

describe("uniqueKey and keyProblem", () => {
  it("uniqueKey keeps a free base", () => {
    expect(uniqueKey("email", ["name"])).toBe("email");
  });

  it("keyProblem explains each rule", () => {
    expect(keyProblem("", [])).toBe("Enter a key");
    expect(keyProblem("Size", [])).toMatch(/lowercase/);
    expect(keyProblem("constructor", [])).toMatch(/reserved/);
    expect(keyProblem("size", ["size"])).toMatch(/already used/);
    expect(keyProblem("size", ["fit"])).toBeNull();
  });
});

describe("optionValueFromLabel", () => {
  it("derives a stable value and keeps it unique", () => {
    expect(optionValueFromLabel("Extra large", [])).toBe("extra_large");
    expect(optionValueFromLabel("Option 1", ["option_1"])).toBe("option_1_2");
    expect(optionValueFromLabel("!!!", [])).toBe("option");
  });
});

import { describe, expect, it } from "vitest";
import { describeChange } from "./changes";
import { conditionTargets, describeCondition, opsForTarget } from "./conditions";
import { conditionFor } from "./panel/visibility-rules";
import { parseCountryList } from "./panel/place-rules";
import { parseNumber } from "./controls";
import type { DraftField } from "./field-types";

const fields: DraftField[] = [
  { type: "number", key: "age", label: "Age" },
  { type: "checkbox", key: "diet", label: "Diet" },
  { type: "multiple_choice", key: "extras", label: "Extras", options: [{ value: "pen", label: "Pen" }] },
  { type: "note", key: "note", text: "Hi" },
  { type: "short_text", key: "company", label: "Company" },
];

describe("conditions", () => {
  it("offers only earlier fields that a condition can look at", () => {
    expect(conditionTargets(fields, 4).map((f) => f.key)).toEqual(["diet", "extras"]);
    expect(conditionTargets(fields, 0)).toEqual([]);
  });

  it("operators fit the target's type", () => {
    expect(opsForTarget(fields[1])).toEqual(["checked"]);
    expect(opsForTarget(fields[2])).toEqual(["includes"]);
    expect(opsForTarget(fields[4])).toEqual(["equals"]);
    expect(opsForTarget(fields[0])).toEqual([]);
    expect(opsForTarget(fields[3])).toEqual([]);
  });

  it("a new condition is complete for its target", () => {
    expect(conditionFor(fields[1]!)).toEqual({ field: "diet", op: "checked" });
    expect(conditionFor(fields[2]!)).toEqual({ field: "extras", op: "includes", value: "pen" });
    expect(conditionFor(fields[4]!, "equals", "ACME")).toEqual({
      field: "company",
      op: "equals",
      value: "ACME",
    });
  });

  it("describes a condition in words, with the option's label", () => {
    const field = {
      type: "short_text",
      key: "x",
      label: "X",
      visibleWhen: { field: "extras", op: "includes", value: "pen" },
    };
    expect(describeCondition(field, fields)).toBe("Shown when “Extras” includes “Pen”");
    expect(describeCondition({ ...field, visibleWhen: { field: "diet", op: "checked" } }, fields)).toBe(
      "Shown when “Diet” is ticked",
    );
    expect(describeCondition({ type: "short_text", key: "y" }, fields)).toBeNull();
  });
});

describe("changes in words", () => {
  it("says what changed", () => {
    expect(describeChange({ kind: "added", key: "company", label: "Company" })).toBe("Added “Company”");
    expect(
      describeChange({
        kind: "changed",
        key: "fit",
        label: "T-shirt fit",
        properties: ["label", "required"],
      }),
    ).toBe("Changed “T-shirt fit”: label, required");
    expect(describeChange({ kind: "changed", key: "fit", label: "", properties: ["visibleWhen"] })).toBe(
      "Changed “fit”: condition",
    );
    expect(describeChange({ kind: "removed", key: "fax", label: "Fax" })).toBe("Removed “Fax”");
    expect(describeChange({ kind: "moved", key: "size", label: "Size" })).toBe("Moved “Size”");
  });
});

describe("parsing what is typed", () => {
  it("numbers: empty removes, text that is no number is kept for its message", () => {
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber(" 12 ")).toBe(12);
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("abc")).toBe("abc");
  });

  it("country lists", () => {
    expect(parseCountryList("de, at;ch")).toEqual(["DE", "AT", "CH"]);
    expect(parseCountryList("  ")).toBeUndefined();
  });
});

import { describe, expect, test } from "vitest";
import { define } from "@/lib/forms/test-helpers";
import { sameJson } from "@/lib/format/canonical-json";
import { diffForms, fieldTitle } from "./diff";

const v1 = define([
  { type: "short_text", key: "name_on_badge", label: "Name on badge" },
  { type: "single_choice", key: "size", label: "Size", options: [{ value: "m", label: "M" }] },
  { type: "checkbox", key: "vegan", label: "Vegan?" },
  { type: "note", key: "note", text: "Pick up at the desk.\nSecond line" },
]);

describe("diffForms", () => {
  test("version 1 against nothing: every field added, in order", () => {
    expect(diffForms([], v1).map((c) => [c.kind, c.key, c.label])).toEqual([
      ["added", "name_on_badge", "Name on badge"],
      ["added", "size", "Size"],
      ["added", "vegan", "Vegan?"],
      ["added", "note", "Pick up at the desk."],
    ]);
  });

  test("identical forms have no changes", () => {
    expect(diffForms(v1, structuredClone(v1))).toEqual([]);
  });

  test("a renamed label and a new required flag are one change naming both properties", () => {
    const v2 = define([
      { type: "short_text", key: "name_on_badge", label: "Badge name", required: true },
      ...v1.slice(1),
    ]);
    expect(diffForms(v1, v2)).toEqual([
      { kind: "changed", key: "name_on_badge", label: "Badge name", properties: ["label", "required"] },
    ]);
  });

  test("an option added to a choice changes its options; a changed type is reported", () => {
    const v2 = define([
      v1[0]!,
      {
        type: "single_choice",
        key: "size",
        label: "Size",
        options: [
          { value: "m", label: "M" },
          { value: "l", label: "L" },
        ],
      },
      { type: "short_text", key: "vegan", label: "Vegan?" },
      v1[3]!,
    ]);
    const changes = diffForms(v1, v2);
    expect(changes[0]).toEqual({ kind: "changed", key: "size", label: "Size", properties: ["options"] });
    expect(changes[1]?.properties).toContain("type");
    expect(changes).toHaveLength(2);
  });

  test("removing a field reports it with its old label, and nothing below it as moved", () => {
    const v2 = [v1[1]!, v1[2]!, v1[3]!];
    expect(diffForms(v1, v2)).toEqual([{ kind: "removed", key: "name_on_badge", label: "Name on badge" }]);
  });

  test("inserting a field at the top moves nothing", () => {
    const extra = define([{ type: "email", key: "work_email", label: "Work email" }])[0]!;
    expect(diffForms(v1, [extra, ...v1])).toEqual([
      { kind: "added", key: "work_email", label: "Work email" },
    ]);
  });

  test("moving one field to the top reports only that field as moved", () => {
    const v2 = [v1[2]!, v1[0]!, v1[1]!, v1[3]!];
    expect(diffForms(v1, v2)).toEqual([{ kind: "moved", key: "vegan", label: "Vegan?" }]);
  });

  test("swapping two neighbours reports one move; a moved and edited field reports both", () => {
    const edited = { ...v1[1]!, label: "T-shirt size" } as (typeof v1)[number];
    const v2 = [edited, v1[0]!, v1[2]!, v1[3]!];
    const changes = diffForms(v1, v2);
    expect(changes.filter((c) => c.kind === "moved")).toHaveLength(1);
    expect(changes).toContainEqual({
      kind: "changed",
      key: "size",
      label: "T-shirt size",
      properties: ["label"],
    });
  });

  test("a key change is a removal and an addition (keys are the stable identity)", () => {
    const v2 = [{ ...v1[0]!, key: "badge" } as (typeof v1)[number], ...v1.slice(1)];
    expect(diffForms(v1, v2).map((c) => `${c.kind}:${c.key}`)).toEqual([
      "added:badge",
      "removed:name_on_badge",
    ]);
  });
});

describe("fieldTitle", () => {
  test("an image block is called by its description; a long note is shortened", () => {
    const [image, note] = define([
      { type: "image", key: "chart", url: "/blobs/a.webp", alt: "Size chart" },
      { type: "note", key: "long", text: "x".repeat(100) },
    ]);
    expect(fieldTitle(image!)).toBe("Size chart");
    expect(fieldTitle(note!)).toHaveLength(60);
    expect(fieldTitle(note!).endsWith("…")).toBe(true);
  });
});

describe("sameJson", () => {
  test("ignores key order and undefined properties, not values", () => {
    expect(sameJson({ a: 1, b: [{ c: 2, d: undefined }] }, { b: [{ c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});

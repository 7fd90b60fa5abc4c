import { describe, expect, it } from "vitest";
import { fieldDefinitionSchema, fieldTypes, formDefinitionSchema } from "@/lib/forms/definitions";
import { defaultField, fieldTitle, fieldTypeInfo } from "./field-types";
import { duplicateField, newField, renameKey, toRows } from "./rows";

describe("defaultField", () => {
  it.each(fieldTypes.filter((t) => t !== "image"))("a new %s field is a valid definition", (type) => {
    const parsed = fieldDefinitionSchema.safeParse(defaultField(type, "k"));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it("a new image block asks for its upload and description", () => {
    const parsed = fieldDefinitionSchema.safeParse(defaultField("image", "k"));
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((i) => i.path[0]))).toEqual(new Set(["alt", "url"]));
  });

  it("email, phone and address are personal data from the start", () => {
    for (const type of ["email", "phone", "address"] as const)
      expect(defaultField(type, "k").personal).toBe(true);
    expect(defaultField("short_text", "k").personal).toBeUndefined();
  });

  it("every type has a name for the list and the add menu", () => {
    for (const type of fieldTypes) expect(fieldTypeInfo[type].name).not.toBe("");
  });
});

describe("rows", () => {
  it("new fields of the same type get distinct keys, and the form stays valid", () => {
    let rows = toRows([]);
    for (let i = 0; i < 3; i++) rows = [...rows, { uid: `n${i}`, field: newField("single_choice", rows) }];
    expect(rows.map((r) => r.field.key)).toEqual(["choose_one", "choose_one_2", "choose_one_3"]);
    expect(formDefinitionSchema.safeParse(rows.map((r) => r.field)).success).toBe(true);
  });

  it("a duplicate gets a new key and a deep copy of its options", () => {
    const rows = toRows([defaultField("single_choice", "size")]);
    const copy = duplicateField(rows[0]!.field, rows);
    expect(copy.key).toBe("size_2");
    expect(copy.label).toBe("Choose one (copy)");
    expect(copy.options).toEqual(rows[0]!.field.options);
    expect(copy.options).not.toBe(rows[0]!.field.options);
  });

  it("renaming a key carries later conditions along", () => {
    const rows = toRows([
      { type: "checkbox", key: "diet", label: "Diet" },
      { type: "long_text", key: "details", label: "Details", visibleWhen: { field: "diet", op: "checked" } },
    ]);
    const renamed = renameKey(rows, "f0", "dietary");
    expect(renamed[0]!.field.key).toBe("dietary");
    expect(renamed[1]!.field.visibleWhen).toEqual({ field: "dietary", op: "checked" });
  });

  it("odd stored JSON becomes editable rows instead of crashing", () => {
    const rows = toRows([null, "x", { type: 3, label: "L" }]);
    expect(rows.map((r) => [r.field.type, r.field.key])).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(fieldTitle(rows[2]!.field)).toBe("L");
  });

  it("display blocks are titled by their text or description", () => {
    expect(fieldTitle({ type: "note", key: "n", text: "Pick-up at the desk" })).toBe("Pick-up at the desk");
    expect(fieldTitle({ type: "image", key: "i", alt: "" })).toBe("Image (untitled)");
  });
});

import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/forms/definitions";
import {
  checkDraft,
  formLevelIssues,
  issueCountByIndex,
  issuesFromFieldErrors,
  issuesOfField,
  mergeIssues,
  messageAt,
  previewableFields,
  unplacedIssues,
} from "./issues";

const fit = {
  type: "single_choice",
  key: "fit",
  label: "Fit",
  options: [
    { value: "regular", label: "Regular" },
    { value: "regular", label: "" },
  ],
};

describe("checkDraft and lookups", () => {
  const issues = checkDraft([{ type: "short_text", key: "company", label: "" }, fit]);

  it("paths start at the field index, like the server's", () => {
    expect(issues).toContainEqual({ path: [0, "label"], message: "Enter a label" });
    expect(issues).toContainEqual({ path: [1, "options", 1, "label"], message: "Enter a label" });
  });

  it("finds a field's issues and the message of one property", () => {
    const second = issuesOfField(issues, 1);
    expect(messageAt(second, "options", 1, "label")).toBe("Enter a label");
    expect(messageAt(second, "label")).toBeUndefined();
    expect(issueCountByIndex(issues).get(0)).toBe(1);
  });

  it("a valid draft has no issues", () => {
    expect(checkDraft([{ type: "email", key: "email", label: "Email" }])).toEqual([]);
  });

  it("form-level and unplaced issues are told apart", () => {
    expect(
      formLevelIssues([
        { path: [], message: "Too many" },
        { path: [0, "key"], message: "x" },
      ]),
    ).toEqual([{ path: [], message: "Too many" }]);
    expect(
      unplacedIssues([
        { path: ["label"], message: "a" },
        { path: ["width"], message: "b" },
        { path: [], message: "c" },
      ]).map((i) => i.message),
    ).toEqual(["b", "c"]);
  });

  it("publish errors keyed fields.<index>.<prop> become issues", () => {
    expect(issuesFromFieldErrors({ "fields.3.label": ["Enter a label"], revision: ["Stale"] })).toEqual([
      { path: [3, "label"], message: "Enter a label" },
      { path: ["revision"], message: "Stale" },
    ]);
  });

  it("mergeIssues keeps each message once", () => {
    const one = { path: [0, "key"], message: "x" };
    expect(mergeIssues([one], [{ ...one }], [{ path: [1], message: "y" }])).toHaveLength(2);
  });
});

describe("previewableFields", () => {
  it("keeps the valid fields, drops broken ones and those depending on them", () => {
    const fields = [
      { type: "checkbox", key: "diet", label: "Diet" },
      { type: "long_text", key: "details", label: "Details", visibleWhen: { field: "diet", op: "checked" } },
      { type: "short_text", key: "company", label: "" },
      {
        type: "short_text",
        key: "badge",
        label: "Badge",
        visibleWhen: { field: "company", op: "equals", value: "x" },
      },
      { type: "email", key: "diet", label: "Repeated key" },
    ];
    const shown = previewableFields(fields);
    expect(shown.map((f) => f.key)).toEqual(["diet", "details"]);
    expect(formDefinitionSchema.safeParse(shown).success).toBe(true);
  });

  it("drops fields whose condition points below them", () => {
    const shown = previewableFields([
      { type: "short_text", key: "a", label: "A", visibleWhen: { field: "b", op: "checked" } },
      { type: "checkbox", key: "b", label: "B" },
    ]);
    expect(shown.map((f) => f.key)).toEqual(["b"]);
  });
});

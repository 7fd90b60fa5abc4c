import { describe, expect, test } from "vitest";
import type { InputFieldDefinition } from "@/lib/forms/definitions";
import { shareableFields, sharedColumns, sharedValues } from "./shared-fields";

const field = (key: string, label: string, personal: boolean) =>
  ({ type: "short_text", key, label, required: false, personal }) as unknown as InputFieldDefinition;

const available = shareableFields([
  {
    key: "address",
    label: "Delivery address",
    personal: true,
    field: field("address", "Delivery address", true),
  },
  { key: "dietary", label: "Dietary needs", personal: true, field: field("dietary", "Dietary needs", true) },
  { key: "size_note", label: "Size note", personal: false, field: field("size_note", "Size note", false) },
]);

const order = {
  attendeeName: "Grace Hopper",
  attendeeEmail: "grace@example.com",
  answers: { address: "1 Main St", dietary: "no shellfish", size_note: "runs small" },
};

describe("shared fields", () => {
  test("only chosen fields, in the form's order whatever order they were chosen in", () => {
    const columns = sharedColumns(available, ["size_note", "attendee.name", "address"]);
    expect(columns.map((c) => c.label)).toEqual(["Name", "Delivery address", "Size note"]);
    expect(sharedValues(columns, order)).toEqual(["Grace Hopper", "1 Main St", "runs small"]);
  });

  test("personal fields that were not chosen never appear, nor do unknown keys", () => {
    const columns = sharedColumns(available, ["size_note", "__proto__", "not_a_field"]);
    const out = JSON.stringify([columns.map((c) => c.label), sharedValues(columns, order)]);
    for (const secret of ["Grace Hopper", "grace@example.com", "1 Main St", "no shellfish"]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain("runs small");
  });

  test("nothing chosen shares nothing", () => {
    expect(sharedValues(sharedColumns(available, []), order)).toEqual([]);
  });
});

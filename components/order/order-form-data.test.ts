import { describe, expect, it } from "vitest";
import { orderFormFromFormData } from "./order-form-data";
import { restoreOrderFormValues, toFormErrors } from "./restore-order-form";
import type { OrderFormItem } from "./order-form-values";
import type { FieldDefinition } from "@/lib/forms/definitions";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function post(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("orderFormFromFormData (a form posted before hydration)", () => {
  it("reads the attendee, the chosen lines by item and nested answers, ticked boxes as lists", () => {
    const { values, idempotencyKey } = orderFormFromFormData(
      post([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
        ["idempotencyKey", uuid(99)],
        ["lines.0.quantity", "1"],
        ["lines.1.variantId", uuid(21)],
        ["lines.1.quantity", "2"],
        ["attendee.name", "Grace Hopper"],
        ["attendee.email", "grace@example.com"],
        ["answers.fit", "regular"],
        ["answers.topics", "ai"],
        ["answers.topics", "web"],
        ["answers.address.line1", "1 Main St"],
        ["answers.address.country", "DE"],
        ["answers.privacy", "on"],
      ]),
    );
    expect(idempotencyKey).toBe(uuid(99));
    expect(values).toEqual({
      attendee: { name: "Grace Hopper", email: "grace@example.com" },
      lines: [
        { variantId: "", quantity: 1 },
        { variantId: uuid(21), quantity: 2 },
      ],
      answers: {
        fit: "regular",
        topics: ["ai", "web"],
        address: { line1: "1 Main St", country: "DE" },
        privacy: "on",
      },
    });
  });

  it("drops what the form never posts: unknown names, prototype keys, deep paths, junk quantities", () => {
    const { values } = orderFormFromFormData(
      post([
        ["answers.__proto__.polluted", "yes"],
        ["answers.constructor", "x"],
        ["answers.a.b.c.d", "too deep"],
        ["answers.bad key", "x"],
        ["lines.0.variantId", uuid(11)],
        ["lines.0.quantity", "1e3"],
        ["lines.0.price", "0"],
        ["lines.9999.variantId", uuid(12)],
        ["role", "owner"],
      ]),
    );
    expect(values.answers).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(values.lines).toHaveLength(1);
    expect(values.lines[0]!.variantId).toBe(uuid(11));
    expect(Number.isNaN(values.lines[0]!.quantity)).toBe(true);
    expect(values.attendee).toEqual({ name: "", email: "" });
  });
});

const shirt: OrderFormItem = {
  id: uuid(1),
  name: "T-shirt",
  priceMinor: 0,
  maxPerOrder: 1,
  variants: [{ id: uuid(11), label: "M", stock: 4 }],
};
const socks: OrderFormItem = {
  ...shirt,
  id: uuid(2),
  name: "Socks",
  variants: [{ id: uuid(21), label: "One", stock: 9 }],
};
const fields = [
  {
    key: "fit",
    type: "single_choice",
    label: "Fit",
    required: true,
    display: "radio",
    personal: false,
    options: [{ value: "regular", label: "Regular" }],
  },
  {
    key: "topics",
    type: "multiple_choice",
    label: "Topics",
    required: false,
    personal: false,
    options: [
      { value: "ai", label: "AI" },
      { value: "web", label: "Web" },
    ],
  },
  { key: "news", type: "checkbox", label: "News", personal: false },
] as unknown as FieldDefinition[];

describe("restoreOrderFormValues", () => {
  it("takes over the event's own items and questions in the inputs' shapes", () => {
    const restored = restoreOrderFormValues({
      submitted: {
        attendee: { name: "Ada", email: "ada@example.com" },
        lines: [
          { variantId: uuid(11), quantity: 1 },
          { variantId: uuid(999), quantity: 3 },
        ],
        answers: { fit: "regular", topics: "web", news: "on", injected: "x" },
      },
      items: [shirt, socks],
      fields,
    });
    expect(restored.attendee).toEqual({ name: "Ada", email: "ada@example.com" });
    // A variant the item does not have is not chosen.
    expect(restored.lines).toEqual([
      { variantId: uuid(11), quantity: 1 },
      { variantId: "", quantity: 3 },
    ]);
    expect(restored.answers).toEqual({ fit: "regular", topics: ["web"], news: true });
  });
});

describe("toFormErrors", () => {
  it("nests errors by path and keeps a parent's children whichever comes first", () => {
    expect(
      toFormErrors([
        { path: "lines.0.variantId", message: "Sold out" },
        { path: "lines", message: "Choose at least one item" },
        { path: "attendee.email", message: "Enter a valid email address" },
      ]),
    ).toEqual({
      lines: {
        0: { variantId: { type: "server", message: "Sold out" } },
        type: "server",
        message: "Choose at least one item",
      },
      attendee: { email: { type: "server", message: "Enter a valid email address" } },
    });
  });
});

import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { issuesToFieldErrors } from "@/lib/validation/field-errors";
import { normaliseEmail, orderInputSchema, quantityMessage } from "./order-input";

const KEY = "6f1c2b7e-8a7d-4c1e-9f3a-2b9d8e7c6a51";
const V1 = "0b6c3d1e-2f4a-4b5c-8d6e-7f8091a2b3c4";
const V2 = "1c7d4e2f-3a5b-4c6d-9e7f-8091a2b3c4d5";

const valid = () => ({
  idempotencyKey: KEY,
  attendee: { name: "Ada Lovelace", email: "ada@example.com" },
  lines: [{ variantId: V1, quantity: 1 }],
  answers: { dietary_needs: "None" },
});

function errorsOf(input: unknown) {
  const result = orderInputSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return issuesToFieldErrors(result.error.issues);
}

describe("orderInputSchema", () => {
  it("accepts a valid order and trims the attendee's details", () => {
    const result = orderInputSchema.parse({
      ...valid(),
      attendee: { name: "  Ada  ", email: " Ada@Example.com " },
    });
    expect(result.attendee).toEqual({ name: "Ada", email: "Ada@Example.com" });
    expect(result.lines).toEqual([{ variantId: V1, quantity: 1 }]);
  });

  it("defaults missing answers to an empty object", () => {
    const input: Partial<ReturnType<typeof valid>> = valid();
    delete input.answers;
    expect(orderInputSchema.parse(input).answers).toEqual({});
  });

  it("lower-cases ids so one variant is one key", () => {
    const result = orderInputSchema.parse({
      ...valid(),
      idempotencyKey: KEY.toUpperCase(),
      lines: [{ variantId: V1.toUpperCase(), quantity: 2 }],
    });
    expect(result.idempotencyKey).toBe(KEY);
    expect(result.lines[0]?.variantId).toBe(V1);
  });

  it("reports every problem with a specific message, keyed by path", () => {
    expect(
      errorsOf({
        idempotencyKey: "not-a-uuid",
        attendee: { name: "  ", email: "nope" },
        lines: [
          { variantId: V1, quantity: 0 },
          { variantId: "x", quantity: 1 },
        ],
        answers: {},
      }),
    ).toEqual({
      idempotencyKey: ["Reload the page and try again"],
      "attendee.name": ["Enter your name"],
      "attendee.email": ["Enter a valid email address"],
      "lines.0.quantity": [quantityMessage],
      "lines.1.variantId": ["This item is not available"],
    });
  });

  it.each([
    0,
    -1,
    1.5,
    limits.quantityPerLine + 1,
    1e20,
    Number.MAX_SAFE_INTEGER + 2,
    Infinity,
    NaN,
    "2",
    null,
  ])("refuses the quantity %s", (quantity) => {
    expect(errorsOf({ ...valid(), lines: [{ variantId: V1, quantity }] })).toEqual({
      "lines.0.quantity": [quantityMessage],
    });
  });

  it("says which quantities are allowed", () => {
    expect(quantityMessage).toBe("Quantity must be a whole number between 1 and 10");
  });

  it("requires at least one line and at most the per-order limit", () => {
    expect(errorsOf({ ...valid(), lines: [] })).toEqual({ lines: ["Choose at least one item"] });
    const many = Array.from({ length: limits.itemsPerOrder + 1 }, (_, i) => ({
      variantId: `0b6c3d1e-2f4a-4b5c-8d6e-${String(i).padStart(12, "0")}`,
      quantity: 1,
    }));
    expect(errorsOf({ ...valid(), lines: many })).toEqual({
      lines: [`You can order at most ${limits.itemsPerOrder} different items`],
    });
  });

  it("refuses the same variant twice, whatever its letter case", () => {
    expect(
      errorsOf({
        ...valid(),
        lines: [
          { variantId: V1, quantity: 1 },
          { variantId: V2, quantity: 1 },
          { variantId: V1.toUpperCase(), quantity: 1 },
        ],
      }),
    ).toEqual({ lines: ["Each item and size can be chosen only once"] });
  });

  it("refuses oversized strings", () => {
    expect(
      errorsOf({
        ...valid(),
        attendee: {
          name: "x".repeat(limits.nameMaxLength + 1),
          email: `${"a".repeat(limits.emailMaxLength)}@example.com`,
        },
      }),
    ).toEqual({
      "attendee.name": [`Your name can be at most ${limits.nameMaxLength} characters`],
      "attendee.email": [`Your email address can be at most ${limits.emailMaxLength} characters`],
    });
  });

  it("refuses answers larger than the answers limit", () => {
    expect(errorsOf({ ...valid(), answers: { notes: "x".repeat(limits.answersJsonBytes) } })).toEqual({
      answers: ["Your answers are too long"],
    });
  });

  it("refuses unknown keys at every level, naming each", () => {
    expect(
      errorsOf({
        ...valid(),
        total: 0,
        attendee: { name: "Ada", email: "ada@example.com", role: "admin" },
        lines: [{ variantId: V1, quantity: 1, unitPriceMinor: 0 }],
      }),
    ).toEqual({
      total: ["This field is not expected"],
      "attendee.role": ["This field is not expected"],
      "lines.0.unitPriceMinor": ["This field is not expected"],
    });
  });

  it("refuses something that is not an order at all", () => {
    for (const input of [null, "order", 42, []]) {
      expect(errorsOf(input)).toEqual({
        form: ["The order could not be read. Reload the page and try again"],
      });
    }
    expect(errorsOf({ ...valid(), attendee: undefined })).toEqual({
      attendee: ["Enter your name and email address"],
    });
    expect(errorsOf({ ...valid(), answers: ["a"] })).toEqual({ answers: ["Answers must be an object"] });
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases, so one mailbox in any case is one attendee", () => {
    expect(normaliseEmail("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
    expect(normaliseEmail("ada.lovelace@example.com")).toBe(normaliseEmail("ADA.LOVELACE@EXAMPLE.COM"));
  });
});

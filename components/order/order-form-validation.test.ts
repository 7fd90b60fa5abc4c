import { describe, expect, it } from "vitest";
import { breakfastFormFields } from "@/lib/forms/examples";
import { orderInputSchema } from "@/lib/orders/order-input";
import { NO_ITEM_MESSAGE, buildOrderFormSchema } from "./order-form-validation";
import {
  defaultOrderFormValues,
  mapServerFieldErrors,
  maxQuantity,
  toOrderInput,
  type OrderFormItem,
  type OrderFormValues,
} from "./order-form-values";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const shirt: OrderFormItem = {
  id: uuid(1),
  name: "T-shirt",
  priceMinor: 0,
  maxPerOrder: 1,
  variants: [
    { id: uuid(11), label: "M", stock: 40 },
    { id: uuid(12), label: "L", stock: 3 },
    { id: uuid(13), label: "XL", stock: 0 },
  ],
};
const socks: OrderFormItem = {
  id: uuid(2),
  name: "Socks",
  priceMinor: 0,
  maxPerOrder: 2,
  variants: [{ id: uuid(21), label: "One size", stock: 150 }],
};
const items = [shirt, socks];
const schema = buildOrderFormSchema({ items, fields: [] });

const values = (over: Partial<OrderFormValues> = {}): OrderFormValues => ({
  attendee: { name: "Ada", email: "ada@example.org" },
  lines: [
    { variantId: uuid(11), quantity: 1 },
    { variantId: "", quantity: 1 },
  ],
  answers: {},
  ...over,
});

const pathsOf = (result: ReturnType<typeof schema.safeParse>) =>
  result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);

describe("order form schema", () => {
  it("accepts a valid order with some items left out", () => {
    expect(schema.safeParse(values()).success).toBe(true);
  });

  it("requires at least one item", () => {
    const result = schema.safeParse(
      values({
        lines: [
          { variantId: "", quantity: 1 },
          { variantId: "", quantity: 1 },
        ],
      }),
    );
    expect(pathsOf(result)).toEqual([["lines", NO_ITEM_MESSAGE]]);
  });

  it("reads a radio group with nothing ticked (null) as an item left out, not as an error", () => {
    const lines = [
      { variantId: null, quantity: 1 },
      { variantId: uuid(21), quantity: 1 },
    ];
    expect(pathsOf(schema.safeParse(values({ lines })))).toEqual([]);
    expect(toOrderInput(values({ lines }), uuid(99)).input.lines).toEqual([
      { variantId: uuid(21), quantity: 1 },
    ]);
    const none = [
      { variantId: null, quantity: 1 },
      { variantId: null, quantity: 1 },
    ];
    expect(pathsOf(schema.safeParse(values({ lines: none })))).toEqual([["lines", NO_ITEM_MESSAGE]]);
  });

  it("uses the shared attendee rules", () => {
    const result = schema.safeParse(values({ attendee: { name: " ", email: "nope" } }));
    expect(pathsOf(result)).toEqual([
      ["attendee.name", "Enter your name"],
      ["attendee.email", "Enter a valid email address"],
    ]);
  });

  it("refuses sold-out variants, quantities over the item limit or the stock, and foreign variants", () => {
    expect(
      pathsOf(
        schema.safeParse(
          values({
            lines: [
              { variantId: uuid(13), quantity: 1 },
              { variantId: "", quantity: 1 },
            ],
          }),
        ),
      ),
    ).toEqual([["lines.0.variantId", "XL is sold out"]]);
    expect(
      pathsOf(
        schema.safeParse(
          values({
            lines: [
              { variantId: uuid(11), quantity: 1 },
              { variantId: uuid(21), quantity: 3 },
            ],
          }),
        ),
      ),
    ).toEqual([["lines.1.quantity", "You can order at most 2"]]);
    const lowStock = buildOrderFormSchema({
      items: [{ ...socks, maxPerOrder: 5, variants: [{ id: uuid(21), label: "One size", stock: 2 }] }],
      fields: [],
    });
    expect(pathsOf(lowStock.safeParse(values({ lines: [{ variantId: uuid(21), quantity: 3 }] })))).toEqual([
      ["lines.0.quantity", "Only 2 left"],
    ]);
    expect(
      pathsOf(
        schema.safeParse(
          values({
            lines: [
              { variantId: uuid(21), quantity: 1 },
              { variantId: "", quantity: 1 },
            ],
          }),
        ),
      ),
    ).toEqual([["lines.0.variantId", "This item is not available"]]);
  });

  it("includes the event's answer rules, conditional fields included", () => {
    const withForm = buildOrderFormSchema({ items, fields: breakfastFormFields });
    expect(
      withForm.safeParse(values({ answers: { has_dietary_needs: false, dietary_needs: "" } })).success,
    ).toBe(true);
    const result = withForm.safeParse(values({ answers: { has_dietary_needs: true, dietary_needs: "" } }));
    expect(pathsOf(result).map(([p]) => p)).toEqual(["answers.dietary_needs"]);
  });

  it("caps quantities at the item limit, the stock and the platform limit", () => {
    expect(maxQuantity({ maxPerOrder: 2 }, { stock: 150 })).toBe(2);
    expect(maxQuantity({ maxPerOrder: 5 }, { stock: 3 })).toBe(3);
    expect(maxQuantity({ maxPerOrder: 99 }, { stock: 99 })).toBe(10);
    expect(maxQuantity({ maxPerOrder: 1 }, { stock: 0 })).toBe(0);
  });
});

describe("defaultOrderFormValues", () => {
  it("chooses nothing when there is a choice to make", () => {
    expect(defaultOrderFormValues({ items, answers: {} }).lines).toEqual([
      { variantId: "", quantity: 1 },
      { variantId: "", quantity: 1 },
    ]);
  });
  it("pre-selects the only variant of the only item", () => {
    expect(defaultOrderFormValues({ items: [socks], answers: {} }).lines).toEqual([
      { variantId: uuid(21), quantity: 1 },
    ]);
  });
});

describe("toOrderInput and server errors", () => {
  it("sends only chosen lines, in a shape the server schema accepts", () => {
    const { input, submittedLineItems } = toOrderInput(
      values({
        lines: [
          { variantId: "", quantity: 1 },
          { variantId: uuid(21), quantity: 2 },
        ],
      }),
      uuid(99),
    );
    expect(input.lines).toEqual([{ variantId: uuid(21), quantity: 2 }]);
    expect(submittedLineItems).toEqual([1]);
    expect(orderInputSchema.safeParse(input).success).toBe(true);
  });

  it("maps the server's line indexes back to the items they came from", () => {
    const mapped = mapServerFieldErrors(
      {
        "lines.0.quantity": ["Only 1 left"],
        "lines.1": ["This item is not available"],
        "attendee.email": ["You have already ordered"],
        "answers.dietary_needs": ["Enter an answer"],
        form: ["Something about the whole form"],
        idempotencyKey: ["Reload the page and try again"],
      },
      [1, 3],
    );
    expect(mapped.fields).toEqual([
      { path: "lines.1.quantity", message: "Only 1 left" },
      { path: "lines.3.variantId", message: "This item is not available" },
      { path: "attendee.email", message: "You have already ordered" },
      { path: "answers.dietary_needs", message: "Enter an answer" },
    ]);
    expect(mapped.general).toEqual(["Something about the whole form", "Reload the page and try again"]);
  });
});

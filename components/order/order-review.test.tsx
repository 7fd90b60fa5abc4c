import { renderToStaticMarkup } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { PickerItem } from "./item-picker";
import type { OrderFormValues } from "./order-form-values";
import { OrderReview } from "./order-review";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const shirt: PickerItem = {
  id: uuid(1),
  name: "T-shirt",
  priceMinor: 0,
  maxPerOrder: 1,
  image: null,
  variants: [
    { id: uuid(11), label: "M", stock: 4 },
    { id: uuid(12), label: "L", stock: 4 },
  ],
};
const hoodie: PickerItem = {
  id: uuid(2),
  name: "Hoodie",
  priceMinor: 2500,
  maxPerOrder: 3,
  image: null,
  variants: [{ id: uuid(21), label: "One size", stock: 9 }],
};

function render(items: PickerItem[], lines: OrderFormValues["lines"]) {
  function Harness() {
    const methods = useForm<OrderFormValues>({
      defaultValues: { attendee: { name: "", email: "" }, lines, answers: {} },
    });
    return (
      <FormProvider {...methods}>
        <OrderReview items={items} currency="EUR" />
      </FormProvider>
    );
  }
  return renderToStaticMarkup(<Harness />);
}

const reviewLines = (html: string) =>
  [...html.matchAll(/data-testid="order-review-line">(.*?)<\/li>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ""),
  );

describe("OrderReview", () => {
  it("says when nothing is chosen, and shows no total when everything is free", () => {
    const html = render([shirt], [{ variantId: "", quantity: 1 }]);
    expect(html).toContain("No items chosen yet.");
    expect(html).not.toContain("order-total");
  });

  it("lists each chosen item with its size (when there was a choice), quantity and the total", () => {
    const html = render(
      [shirt, hoodie],
      [
        { variantId: uuid(12), quantity: 1 },
        { variantId: uuid(21), quantity: 2 },
      ],
    );
    expect(reviewLines(html)).toEqual(["T-shirt · L × 1Free", "Hoodie × 2€50.00"]);
    expect(html).toMatch(/data-testid="order-total">€50\.00/);
    expect(html).toContain("paid on collection");
  });

  it("leaves out items whose radio group has nothing ticked (null)", () => {
    const html = render(
      [shirt, hoodie],
      [
        { variantId: null, quantity: 1 },
        { variantId: uuid(21), quantity: 1 },
      ],
    );
    expect(reviewLines(html)).toEqual(["Hoodie × 1€25.00"]);
  });
});

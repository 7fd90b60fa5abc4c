import { renderToStaticMarkup } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ItemPicker, type PickerItem } from "./item-picker";
import { shirt, socks, uuid } from "./test-items";
import type { OrderFormValues } from "./order-form-values";

function render(
  item: PickerItem,
  line: OrderFormValues["lines"][number],
  removable = true,
  groupInvalid = false,
) {
  function Harness() {
    const methods = useForm<OrderFormValues>({
      defaultValues: { attendee: { name: "", email: "" }, lines: [line], answers: {} },
    });
    return (
      <FormProvider {...methods}>
        <ItemPicker item={item} index={0} currency="EUR" removable={removable} groupInvalid={groupInvalid} />
      </FormProvider>
    );
  }
  return renderToStaticMarkup(<Harness />);
}

const inputs = (html: string) => html.match(/<input[^>]*>/g) ?? [];
const radios = (html: string) => inputs(html).filter((input) => input.includes('type="radio"'));

describe("ItemPicker", () => {
  it("offers each variant as a radio named exactly by its label, sold-out ones disabled", () => {
    const html = render(shirt, { variantId: "", quantity: 1 });
    const radios = inputs(html).filter((input) => input.includes('type="radio"'));
    expect(radios).toHaveLength(3);
    expect(radios.every((r) => r.includes('type="radio"') && r.includes('name="lines.0.variantId"'))).toBe(
      true,
    );
    expect(radios.map((r) => /aria-label="([^"]+)"/.exec(r)?.[1])).toEqual(["M", "L", "XL"]);
    expect(radios[0]).not.toContain("disabled");
    expect(radios[2]).toContain("disabled");
    // Availability is the radio's description, not part of its name.
    const describedBy = /aria-describedby="([^"]+)"/.exec(radios[1]!)?.[1];
    expect(html).toContain(`id="${describedBy}" class="text-xs font-medium">Only 3 left<`);
    expect(html).toMatch(/Sold out/);
    expect(html).toContain(
      '<legend id="item-00000000-0000-4000-8000-000000000001-legend" class="sr-only">T-shirt</legend>',
    );
  });

  it("hides the quantity stepper when only one may be taken, and nothing to remove before a choice", () => {
    const html = render(shirt, { variantId: uuid(11), quantity: 1 });
    expect(html).not.toContain("Increase quantity");
    expect(html).toContain("Remove T-shirt");
    expect(render(shirt, { variantId: "", quantity: 1 })).not.toContain("Remove T-shirt");
  });

  it("shows a stepper up to the item's limit once a variant is chosen", () => {
    const html = render(socks, { variantId: uuid(21), quantity: 2 });
    expect(html).toContain('aria-label="Quantity of Socks"');
    expect(html).toContain("Up to 2");
    expect(html).toMatch(/aria-label="Increase quantity" aria-disabled="true"/);
    expect(html).toContain("€4.50");
  });

  it("renders the chosen variant checked and the quantity as a field, for a post before hydration", () => {
    const html = render(socks, { variantId: uuid(21), quantity: 2 });
    expect(radios(html)[0]).toContain('checked=""');
    expect(html).toContain('<input type="hidden" name="lines.0.quantity" value="2"/>');
    expect(radios(render(shirt, { variantId: "", quantity: 1 })).some((r) => r.includes("checked"))).toBe(
      false,
    );
  });

  it("marks every picker invalid when the items as a whole have an error", () => {
    expect(render(shirt, { variantId: "", quantity: 1 }, true, true)).toContain("border-red-700");
    expect(render(shirt, { variantId: "", quantity: 1 }, true, false)).not.toContain("border-red-700");
  });

  it("does not offer removal when the item is the only one", () => {
    expect(render(socks, { variantId: uuid(21), quantity: 1 }, false)).not.toContain("Remove Socks");
  });
});

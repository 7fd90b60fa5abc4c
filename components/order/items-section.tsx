"use client";

import { ErrorText, errorIdOf, useFieldError } from "@/components/form-renderer/field-parts";
import { domIds } from "./error-list";
import { ItemPicker, type PickerItem } from "./item-picker";

/**
 * "Choose your items": one picker per item. An error about the items as a whole ("Choose at least one item")
 * is shown here, inline, describes the group and marks every picker invalid, as well as in the summary.
 */
export function ItemsSection({ items, currency }: { items: PickerItem[]; currency: string }) {
  // The schema reports it on `lines` itself; react-hook-form may keep an array's own error under `root`.
  const ownError = useFieldError("lines");
  const rootError = useFieldError("lines.root");
  const error = ownError ?? rootError;
  return (
    <section
      aria-labelledby="order-items-heading"
      aria-describedby={error ? errorIdOf(domIds.items) : undefined}
      id={domIds.items}
      tabIndex={-1}
      role="group"
      className="flex flex-col gap-4"
    >
      <h2 id="order-items-heading" className="text-xl font-bold">
        Choose your items
      </h2>
      <ErrorText id={domIds.items} message={error} />
      {items.map((item, index) => (
        <ItemPicker
          key={item.id}
          item={item}
          index={index}
          currency={currency}
          removable={items.length > 1}
          groupInvalid={Boolean(error)}
        />
      ))}
    </section>
  );
}

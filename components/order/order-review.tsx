"use client";

import { useWatch } from "react-hook-form";
import { formatMoney } from "@/lib/format/money";
import type { PickerItem } from "./item-picker";
import type { OrderFormValues } from "./order-form-values";

/**
 * What the attendee is about to order, right above the submit button: each chosen item with its size and
 * quantity, and the total when something costs money (paid on collection; online payment is a later
 * extension). Announced politely as it changes.
 */
export function OrderReview({ items, currency }: { items: PickerItem[]; currency: string }) {
  const lines = useWatch<OrderFormValues, "lines">({ name: "lines" });
  const chosen = items.flatMap((item, index) => {
    const line = lines?.[index];
    const variant = line ? item.variants.find((v) => v.id === line.variantId) : undefined;
    if (!line || !variant) return [];
    const quantity = Number.isInteger(line.quantity) && line.quantity > 0 ? line.quantity : 1;
    return [{ item, variant, quantity }];
  });
  const priced = items.some((item) => item.priceMinor > 0);
  const total = chosen.reduce((sum, { item, quantity }) => sum + item.priceMinor * quantity, 0);

  return (
    <section aria-labelledby="order-review-heading" aria-live="polite" data-testid="order-review">
      <h2 id="order-review-heading" className="text-lg font-bold">
        Your order
      </h2>
      {chosen.length === 0 ? (
        <p className="mt-1 text-slate-700">No items chosen yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {chosen.map(({ item, variant, quantity }) => (
            <li
              key={item.id}
              className="flex items-baseline justify-between gap-4 px-4 py-2"
              data-testid="order-review-line"
            >
              <span className="min-w-0 break-words">
                <span className="font-semibold">{item.name}</span>
                {item.variants.length > 1 ? <span className="text-slate-700"> · {variant.label}</span> : null}
                <span className="text-slate-700"> × {quantity}</span>
              </span>
              {priced ? (
                <span className="shrink-0 tabular-nums">
                  {formatMoney(item.priceMinor * quantity, currency)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {priced ? (
        <p className="mt-2 flex items-baseline justify-between rounded-xl bg-slate-100 px-4 py-3 text-lg">
          <span className="font-semibold">Total</span>
          <span className="text-right font-bold tabular-nums" data-testid="order-total">
            {formatMoney(total, currency)}
            {total > 0 ? (
              <span className="block text-sm font-normal text-slate-700">paid on collection</span>
            ) : null}
          </span>
        </p>
      ) : null}
    </section>
  );
}

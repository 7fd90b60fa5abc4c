"use client";

import { useController } from "react-hook-form";
import { ErrorText, useFieldError } from "@/components/form-renderer/field-parts";
import type { OrderFormValues } from "./order-form-values";

const stepButton =
  "inline-flex size-12 items-center justify-center rounded-xl border-2 border-slate-300 bg-white text-2xl font-bold " +
  "text-slate-900 hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50";

/**
 * − n + for one line's quantity, 1…max. The buttons use aria-disabled rather than disabled so focus stays on
 * them at the limits (a disabled button drops keyboard focus to the page).
 */
export function QuantityStepper({
  id,
  index,
  itemName,
  max,
}: {
  id: string;
  index: number;
  itemName: string;
  max: number;
}) {
  const name = `lines.${index}.quantity` as const;
  const { field } = useController<OrderFormValues, typeof name>({ name });
  const error = useFieldError(name);
  const value = typeof field.value === "number" && Number.isFinite(field.value) ? field.value : 1;
  const set = (next: number) => field.onChange(Math.min(max, Math.max(1, next)));

  return (
    <div className="mt-4">
      <div
        id={id}
        role="group"
        aria-label={`Quantity of ${itemName}`}
        className="flex flex-wrap items-center gap-3"
      >
        <span className="font-semibold text-slate-900" aria-hidden="true">
          Quantity
        </span>
        <button
          type="button"
          className={stepButton}
          aria-label="Decrease quantity"
          aria-disabled={value <= 1 ? true : undefined}
          onClick={() => value > 1 && set(value - 1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <output
          aria-live="polite"
          aria-label={`Quantity of ${itemName}`}
          data-testid="quantity-value"
          className="min-w-8 text-center text-xl font-bold tabular-nums"
        >
          {value}
        </output>
        <button
          type="button"
          className={stepButton}
          aria-label="Increase quantity"
          aria-disabled={value >= max ? true : undefined}
          onClick={() => value < max && set(value + 1)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <span className="text-sm text-slate-700">Up to {max}</span>
      </div>
      <ErrorText id={id} message={error} />
    </div>
  );
}

"use client";

import { ActionMessage } from "@/components/dashboard/action-message";
import { inputClassName } from "@/components/dashboard/field";
import { useActionForm } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import { stockAdjustFormSchema } from "@/lib/catalog/schemas";
import type { ActionResult } from "@/lib/validation/action-result";

export type AdjustStock = (input: {
  orgId: string;
  eventId: string;
  variantId: string;
  delta: number;
  reason: string;
}) => Promise<ActionResult<{ stock: number }>>;

/**
 * Adds (positive) or removes (negative) units of one variant, always with a reason. Behind a disclosure so
 * a long variants table stays readable; the server refuses going below what is already ordered.
 */
export function StockAdjustForm({
  ids,
  variantId,
  label,
  action,
}: {
  ids: { orgId: string; eventId: string };
  variantId: string;
  /** "T-shirt – M", for the accessible names. */
  label: string;
  action: AdjustStock;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: stockAdjustFormSchema,
    action: (values) => action({ ...ids, variantId, ...values }),
    defaultValues: { delta: undefined, reason: "" },
    resetOnSuccess: true,
  });
  const errors = form.formState.errors;
  const deltaId = `adjust-${variantId}-delta`;
  const reasonId = `adjust-${variantId}-reason`;
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 font-semibold text-blue-800 hover:bg-slate-100">
        Adjust<span className="sr-only"> stock of {label}</span>
      </summary>
      <form
        onSubmit={onSubmit}
        noValidate
        className="mt-2 space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        <ActionMessage result={result} />
        <div className="flex flex-wrap items-start gap-2">
          <div className="w-28 space-y-1">
            <label htmlFor={deltaId} className="block text-sm font-semibold">
              Change
            </label>
            <input
              id={deltaId}
              type="number"
              step={1}
              placeholder="+10 / -3"
              {...form.register("delta", { valueAsNumber: true })}
              aria-invalid={errors.delta ? true : undefined}
              aria-describedby={errors.delta ? `${deltaId}-error` : undefined}
              className={inputClassName}
            />
          </div>
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={reasonId} className="block text-sm font-semibold">
              Reason
            </label>
            <input
              id={reasonId}
              {...form.register("reason")}
              placeholder="Delivery from supplier"
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? `${reasonId}-error` : undefined}
              className={inputClassName}
            />
          </div>
          <Button type="submit" disabled={pending} className="mt-6">
            {pending ? "Saving…" : "Apply"}
          </Button>
        </div>
        {errors.delta ? (
          <p id={`${deltaId}-error`} className="text-sm font-medium text-red-700">
            {errors.delta.message}
          </p>
        ) : null}
        {errors.reason ? (
          <p id={`${reasonId}-error`} className="text-sm font-medium text-red-700">
            {errors.reason.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}

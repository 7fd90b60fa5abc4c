"use client";

import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { Field, inputClassName } from "@/components/dashboard/field";
import { useAction, useActionForm } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { CatalogVariant } from "@/lib/catalog/queries";
import { variantFormSchema, variantLabelFormSchema } from "@/lib/catalog/schemas";
import type { ActionResult } from "@/lib/validation/action-result";
import { ReorderList } from "./reorder-list";
import { StockAdjustForm, type AdjustStock } from "./stock-adjust-form";

type Ids = { orgId: string; eventId: string };
type Result = Promise<ActionResult<unknown>>;

export interface VariantActions {
  create: (input: Ids & { itemId: string; label: string; stock: number }) => Result;
  rename: (input: Ids & { variantId: string; label: string }) => Result;
  remove: (input: Ids & { variantId: string }) => Result;
  reorder: (input: Ids & { itemId: string; variantIds: string[] }) => Result;
  adjustStock: AdjustStock;
}

function RenameForm({
  ids,
  variant,
  action,
}: {
  ids: Ids;
  variant: CatalogVariant;
  action: VariantActions["rename"];
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: variantLabelFormSchema,
    action: (values) => action({ ...ids, variantId: variant.id, ...values }),
    defaultValues: { label: variant.label },
  });
  const id = `variant-${variant.id}-label`;
  const error = form.formState.errors.label?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <label htmlFor={id} className="sr-only">
        Label of variant {variant.label}
      </label>
      <input
        id={id}
        {...form.register("label")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClassName} w-40`}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename"}
        <span className="sr-only"> variant {variant.label}</span>
      </Button>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <ActionMessage result={result?.ok ? result : null} className="w-full" />
    </form>
  );
}

function DeleteVariant({
  ids,
  variant,
  action,
}: {
  ids: Ids;
  variant: CatalogVariant;
  action: VariantActions["remove"];
}) {
  const { run, pending, result } = useAction(action);
  return (
    <div className="space-y-2">
      <ConfirmButton
        label={
          <>
            Delete<span className="sr-only"> variant {variant.label}</span>
          </>
        }
        title={`Delete variant ${variant.label}?`}
        body="It disappears from the item and its stock history is removed. A variant that has orders cannot be deleted: set its stock to 0 instead."
        confirmLabel="Delete variant"
        pending={pending}
        onConfirm={() => void run({ ...ids, variantId: variant.id })}
      />
      <ActionMessage result={result} />
    </div>
  );
}

function AddVariantForm({
  ids,
  itemId,
  action,
}: {
  ids: Ids;
  itemId: string;
  action: VariantActions["create"];
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: variantFormSchema,
    action: (values) => action({ ...ids, itemId, ...values }),
    defaultValues: { label: "", stock: 0 },
    resetOnSuccess: true,
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-xl border border-slate-200 p-4">
      <h3 className="font-bold text-slate-900">Add a variant</h3>
      <ActionMessage result={result} />
      <div className="flex flex-wrap items-start gap-4">
        <Field
          id={`add-variant-${itemId}-label`}
          label="Label"
          error={errors.label?.message}
          className="w-48"
        >
          {(aria) => (
            <input {...aria} {...form.register("label")} placeholder="XL" className={inputClassName} />
          )}
        </Field>
        <Field
          id={`add-variant-${itemId}-stock`}
          label="Initial stock"
          error={errors.stock?.message}
          className="w-36"
        >
          {(aria) => (
            <input
              {...aria}
              {...form.register("stock", { valueAsNumber: true })}
              type="number"
              min={0}
              className={inputClassName}
            />
          )}
        </Field>
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? "Adding…" : "Add variant"}
        </Button>
      </div>
    </form>
  );
}

/** The edit page's variants: rename, reorder, adjust stock, delete, add. */
export function VariantManager({
  ids,
  itemId,
  itemName,
  variants,
  canManage,
  canAdjustStock,
  actions,
}: {
  ids: Ids;
  itemId: string;
  itemName: string;
  variants: CatalogVariant[];
  canManage: boolean;
  canAdjustStock: boolean;
  actions: VariantActions;
}) {
  return (
    <div className="space-y-4">
      {variants.length === 0 ? (
        <p className="text-slate-700">No variants yet: attendees cannot order this item until it has one.</p>
      ) : (
        <ReorderList
          items={variants}
          labelOf={(v) => v.label}
          noun="variant"
          canReorder={canManage && variants.length > 1}
          save={(variantIds) => actions.reorder({ ...ids, itemId, variantIds })}
          renderItem={(variant, handle) => (
            <div className="flex flex-wrap items-start gap-4 rounded-xl border border-slate-200 bg-white p-3">
              {handle}
              <div className="min-w-40 flex-1">
                {canManage ? (
                  <RenameForm ids={ids} variant={variant} action={actions.rename} />
                ) : (
                  <p className="font-semibold">{variant.label}</p>
                )}
              </div>
              <dl className="flex gap-4 text-sm">
                <div>
                  <dt className="text-slate-600">Available</dt>
                  <dd className="text-lg font-bold tabular-nums" data-testid="variant-available">
                    {variant.available}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">Ordered</dt>
                  <dd className="text-lg font-bold tabular-nums">{variant.ordered}</dd>
                </div>
              </dl>
              {canAdjustStock ? (
                <StockAdjustForm
                  ids={ids}
                  variantId={variant.id}
                  label={`${itemName} – ${variant.label}`}
                  action={actions.adjustStock}
                />
              ) : null}
              {canManage ? <DeleteVariant ids={ids} variant={variant} action={actions.remove} /> : null}
            </div>
          )}
        />
      )}
      {canManage ? <AddVariantForm ids={ids} itemId={itemId} action={actions.create} /> : null}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import type { FieldErrors, UseFormRegisterReturn } from "react-hook-form";
import { ActionMessage } from "@/components/dashboard/action-message";
import { Field, inputClassName } from "@/components/dashboard/field";
import { useActionForm } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import { useClientSettings } from "@/components/settings/client-settings";
import {
  createItemFormSchema,
  itemFieldsSchema,
  type CreateItemForm,
  type ItemFields,
} from "@/lib/catalog/schemas";
import type { ActionResult } from "@/lib/validation/action-result";

type Ids = { orgId: string; eventId: string };

/**
 * The inputs both item forms share. It takes `register` and the errors rather than the whole form, so the
 * create form (the same fields plus variants and stock) can pass its own without a cast.
 */
function ItemFieldInputs({
  register,
  errors,
  currency,
  idPrefix,
}: {
  register: (
    name: keyof ItemFields,
    options?: { valueAsNumber: true },
  ) => UseFormRegisterReturn<keyof ItemFields>;
  errors: FieldErrors<ItemFields>;
  currency: string;
  idPrefix: string;
}) {
  const { limits } = useClientSettings();
  return (
    <>
      <Field id={`${idPrefix}-name`} label="Name" error={errors.name?.message}>
        {(aria) => <input {...aria} {...register("name")} className={inputClassName} autoComplete="off" />}
      </Field>
      <Field
        id={`${idPrefix}-description`}
        label="Description"
        hint="Optional. Shown to attendees under the name."
        error={errors.description?.message}
      >
        {(aria) => <textarea {...aria} {...register("description")} rows={3} className={inputClassName} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${idPrefix}-price`}
          label={`Price (${currency})`}
          hint="0 or empty for free, e.g. 12.50."
          error={errors.price?.message}
        >
          {(aria) => (
            <input {...aria} {...register("price")} inputMode="decimal" className={inputClassName} />
          )}
        </Field>
        <Field
          id={`${idPrefix}-max`}
          label="Maximum per order"
          hint={`1 to ${limits.quantityPerLine}.`}
          error={errors.maxPerOrder?.message}
        >
          {(aria) => (
            <input
              {...aria}
              {...register("maxPerOrder", { valueAsNumber: true })}
              type="number"
              min={1}
              max={limits.quantityPerLine}
              className={inputClassName}
            />
          )}
        </Field>
      </div>
      <div className="space-y-1">
        <label className="flex min-h-11 items-center gap-3 font-semibold text-slate-900">
          <input
            type="checkbox"
            {...register("active")}
            aria-describedby={`${idPrefix}-active-hint${errors.active ? ` ${idPrefix}-active-error` : ""}`}
            className="size-5 accent-blue-700"
          />
          Active
        </label>
        <p id={`${idPrefix}-active-hint`} className="text-sm text-slate-600">
          Inactive items stay here but attendees cannot order them.
        </p>
        {errors.active ? (
          <p id={`${idPrefix}-active-error`} className="text-sm font-medium text-red-700">
            {errors.active.message}
          </p>
        ) : null}
      </div>
    </>
  );
}

/** A new item with its variants and their initial stock; on success, the list. */
export function CreateItemForm({
  ids,
  currency,
  action,
}: {
  ids: Ids;
  currency: string;
  action: (input: CreateItemForm & Ids) => Promise<ActionResult<{ itemId: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm({
    schema: createItemFormSchema,
    action: (values) => action({ ...ids, ...values }),
    defaultValues: {
      name: "",
      description: "",
      price: "0",
      maxPerOrder: 1,
      active: true,
      variantLabels: "",
      initialStock: 0,
    },
    onSuccess: () => router.push(`/dashboard/${ids.orgId}/events/${ids.eventId}/items`),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <ActionMessage result={result} />
      <ItemFieldInputs register={form.register} errors={errors} currency={currency} idPrefix="new-item" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="new-item-variants"
          label="Variants"
          hint="Comma-separated, e.g. S, M, L. Empty: one “One size” variant."
          error={errors.variantLabels?.message}
        >
          {(aria) => <input {...aria} {...form.register("variantLabels")} className={inputClassName} />}
        </Field>
        <Field
          id="new-item-stock"
          label="Initial stock per variant"
          hint="Recorded as an adjustment; change it later with a reason."
          error={errors.initialStock?.message}
        >
          {(aria) => (
            <input
              {...aria}
              {...form.register("initialStock", { valueAsNumber: true })}
              type="number"
              min={0}
              className={inputClassName}
            />
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add item"}
      </Button>
    </form>
  );
}

export function EditItemForm({
  ids,
  itemId,
  currency,
  defaults,
  action,
}: {
  ids: Ids;
  itemId: string;
  currency: string;
  defaults: ItemFields;
  action: (input: ItemFields & Ids & { itemId: string }) => Promise<ActionResult<unknown>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: itemFieldsSchema,
    action: (values) => action({ ...ids, itemId, ...values }),
    defaultValues: defaults,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ActionMessage result={result} />
      <ItemFieldInputs
        register={form.register}
        errors={form.formState.errors}
        currency={currency}
        idPrefix="edit-item"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}

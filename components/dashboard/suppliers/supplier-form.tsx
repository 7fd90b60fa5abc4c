"use client";

import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/dashboard/action-message";
import { Field, inputClassName } from "@/components/dashboard/field";
import { useActionForm } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import { supplierFieldsSchema, type SupplierFields, type SupplierFormValues } from "@/lib/suppliers/schemas";
import type { ActionResult } from "@/lib/validation/action-result";

const scheduleLabels = {
  window_close: "When the event's ordering closes",
  daily: "Every day at a set time (event's time zone)",
  manual: "Only when I press “Send now”",
} as const;

/**
 * Create or edit a supplier: the schema the server action parses checks every field here first, and the
 * server's errors come back onto the same fields.
 */
export function SupplierForm({
  orgId,
  supplierId,
  defaults,
  action,
}: {
  orgId: string;
  supplierId?: string;
  defaults: SupplierFormValues;
  action: (input: SupplierFields & { orgId: string; supplierId?: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm({
    schema: supplierFieldsSchema,
    action: (values) => action({ orgId, ...(supplierId ? { supplierId } : {}), ...values }),
    defaultValues: defaults,
    onSuccess: () => {
      if (!supplierId) router.push(`/dashboard/${orgId}/suppliers`);
    },
  });
  const errors = form.formState.errors;
  const mode = form.watch("dispatchMode");
  const schedule = form.watch("batchSchedule");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <ActionMessage result={result} />
      <Field id="supplier-name" label="Name" error={errors.name?.message}>
        {(aria) => (
          <input {...aria} {...form.register("name")} className={inputClassName} autoComplete="off" />
        )}
      </Field>
      <Field
        id="supplier-emails"
        label="Contact emails"
        hint="One or more addresses, separated by commas. Every dispatch goes to each of them."
        error={errors.emails?.message}
      >
        {(aria) => <textarea {...aria} {...form.register("emails")} rows={2} className={inputClassName} />}
      </Field>
      <Field
        id="supplier-note"
        label="Note"
        hint="Optional, for your team only."
        error={errors.note?.message}
      >
        {(aria) => <textarea {...aria} {...form.register("note")} rows={2} className={inputClassName} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">How orders reach this supplier</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            value="immediate"
            {...form.register("dispatchMode")}
            className="size-5 accent-blue-700"
          />
          Immediately: one email per order, as soon as it is confirmed
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            value="batch"
            {...form.register("dispatchMode")}
            className="size-5 accent-blue-700"
          />
          As a batch: one email with a CSV of all orders
        </label>
        {errors.dispatchMode ? (
          <p className="text-sm font-medium text-red-700">{errors.dispatchMode.message}</p>
        ) : null}
      </fieldset>
      {mode === "batch" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="supplier-schedule" label="Send the batch" error={errors.batchSchedule?.message}>
            {(aria) => (
              <select {...aria} {...form.register("batchSchedule")} className={inputClassName}>
                {Object.entries(scheduleLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {schedule === "daily" ? (
            <Field
              id="supplier-daily-at"
              label="Time of day"
              hint="HH:MM, e.g. 18:00."
              error={errors.dailyAt?.message}
            >
              {(aria) => (
                <input {...aria} {...form.register("dailyAt")} type="time" className={inputClassName} />
              )}
            </Field>
          ) : null}
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : supplierId ? "Save changes" : "Add supplier"}
      </Button>
    </form>
  );
}

"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { flagUpdateSchema } from "@/lib/flags/schemas";
import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "../action-message";
import { Field, inputClassName } from "../field";
import { useActionForm } from "../use-action-form";

type Values = z.input<typeof flagUpdateSchema>;

/** One feature flag's state on the operator page: on/off, roll-out percentage, allow lists (ADR 027). */
export function FlagForm({
  description,
  updatedAt,
  defaultValues,
  action,
}: {
  description: string;
  updatedAt: string | null;
  defaultValues: Values;
  action: (input: z.output<typeof flagUpdateSchema>) => Promise<ActionResult<null>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: flagUpdateSchema,
    action,
    defaultValues,
  });
  const key = defaultValues.key;
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      aria-label={`Flag ${key}`}
      data-testid={`flag-${key}`}
    >
      <div>
        <h3 className="font-mono text-lg font-semibold text-slate-900">{key}</h3>
        <p className="text-slate-700">{description}</p>
        <p className="text-sm text-slate-600">
          {updatedAt ? `Last changed ${new Date(updatedAt).toUTCString()}` : "Never changed: its default."}
        </p>
      </div>
      <ActionMessage result={result} />
      <label className="flex min-h-11 items-center gap-3 font-semibold text-slate-900">
        <input type="checkbox" {...form.register("enabled")} className="size-5" />
        Enabled
      </label>
      <Field
        id={`flag-${key}-rollout`}
        label="Roll-out percentage"
        hint="0 to 100: the share of the other events (or organisations) that get it."
        error={errors.rolloutPercent?.message}
      >
        {(aria) => (
          <input
            {...aria}
            {...form.register("rolloutPercent")}
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            className={inputClassName}
          />
        )}
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id={`flag-${key}-orgs`}
          label="Organisations always on"
          hint="Organisation ids, one per line."
          error={errors.orgIds?.message}
        >
          {(aria) => <textarea {...aria} {...form.register("orgIds")} rows={3} className={inputClassName} />}
        </Field>
        <Field
          id={`flag-${key}-events`}
          label="Events always on"
          hint="Event ids, one per line."
          error={errors.eventIds?.message}
        >
          {(aria) => (
            <textarea {...aria} {...form.register("eventIds")} rows={3} className={inputClassName} />
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save ${key}`}
      </Button>
    </form>
  );
}

"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { MAINTENANCE_MODES } from "@/lib/maintenance/mode";
import { globalMaintenanceSchema, MAINTENANCE_MODE_LABELS } from "@/lib/maintenance/schemas";
import type { ActionResult } from "@/lib/validation/action-result";
import { MaintenanceFields } from "../events/maintenance-fields";
import { ActionMessage } from "../action-message";
import { useActionForm } from "../use-action-form";

type Values = z.input<typeof globalMaintenanceSchema>;

/** The operator's global maintenance switch and message (ADR 027). */
export function GlobalMaintenanceForm({
  defaultValues,
  action,
}: {
  defaultValues: Values;
  action: (input: z.output<typeof globalMaintenanceSchema>) => Promise<ActionResult<null>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: globalMaintenanceSchema,
    action,
    defaultValues,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Global maintenance">
      <ActionMessage result={result} />
      <MaintenanceFields
        idPrefix="global-maintenance"
        modes={MAINTENANCE_MODES.map((m) => ({ value: m, label: MAINTENANCE_MODE_LABELS[m] }))}
        register={{ mode: form.register("mode"), message: form.register("message") }}
        errors={{
          mode: form.formState.errors.mode?.message,
          message: form.formState.errors.message?.message,
        }}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save global maintenance"}
      </Button>
    </form>
  );
}

"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { MAINTENANCE_MODES } from "@/lib/maintenance/mode";
import { eventMaintenanceSchema, MAINTENANCE_MODE_LABELS } from "@/lib/maintenance/schemas";
import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "../action-message";
import { useActionForm } from "../use-action-form";
import { MaintenanceFields } from "./maintenance-fields";

type Values = z.input<typeof eventMaintenanceSchema>;

/** The event's maintenance mode and message on its settings page (owners and organisers, ADR 027). */
export function EventMaintenanceForm({
  defaultValues,
  action,
}: {
  defaultValues: Values;
  action: (input: z.output<typeof eventMaintenanceSchema>) => Promise<ActionResult<null>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: eventMaintenanceSchema,
    action,
    defaultValues,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Maintenance">
      <ActionMessage result={result} />
      <MaintenanceFields
        idPrefix="event-maintenance"
        modes={MAINTENANCE_MODES.map((m) => ({ value: m, label: MAINTENANCE_MODE_LABELS[m] }))}
        register={{ mode: form.register("mode"), message: form.register("message") }}
        errors={{
          mode: form.formState.errors.mode?.message,
          message: form.formState.errors.message?.message,
        }}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save maintenance"}
      </Button>
    </form>
  );
}

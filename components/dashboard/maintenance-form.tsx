"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { MAINTENANCE_MODES } from "@/lib/maintenance/mode";
import {
  eventMaintenanceSchema,
  globalMaintenanceSchema,
  MAINTENANCE_MODE_LABELS,
} from "@/lib/maintenance/schemas";
import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "./action-message";
import { MaintenanceFields } from "./events/maintenance-fields";
import { useActionForm } from "./use-action-form";

type Setting = z.output<typeof globalMaintenanceSchema>;

/** What differs between the two places the form lives: the operator page and an event's settings. */
const WORDS = {
  global: { name: "Global maintenance", idPrefix: "global-maintenance", submit: "Save global maintenance" },
  event: { name: "Maintenance", idPrefix: "event-maintenance", submit: "Save maintenance" },
} as const;

const MODES = MAINTENANCE_MODES.map((m) => ({ value: m, label: MAINTENANCE_MODE_LABELS[m] }));

/**
 * A maintenance mode and message (ADR 027): the operator's global switch (`scope="global"`) or one event's
 * (`scope="event"`, owners and organisers on its settings page). The browser checks the mode and message with
 * the schema both share; the event's ids ride along to its action, which checks everything again.
 */
export function MaintenanceForm(
  props: { defaultValues: z.input<typeof globalMaintenanceSchema> } & (
    | { scope: "global"; action: (input: Setting) => Promise<ActionResult<null>> }
    | {
        scope: "event";
        event: { orgId: string; eventId: string };
        action: (input: z.output<typeof eventMaintenanceSchema>) => Promise<ActionResult<null>>;
      }
  ),
) {
  const save = (setting: Setting) =>
    props.scope === "event" ? props.action({ ...props.event, ...setting }) : props.action(setting);
  const { form, onSubmit, result, pending } = useActionForm({
    schema: globalMaintenanceSchema,
    action: save,
    defaultValues: props.defaultValues,
  });
  const words = WORDS[props.scope];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={words.name}>
      <ActionMessage result={result} />
      <MaintenanceFields
        idPrefix={words.idPrefix}
        modes={MODES}
        register={{ mode: form.register("mode"), message: form.register("message") }}
        errors={{
          mode: form.formState.errors.mode?.message,
          message: form.formState.errors.message?.message,
        }}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : words.submit}
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { eventRetentionSchema, organisationRetentionSchema } from "@/lib/privacy/retention-schemas";
import { ActionMessage } from "../action-message";
import { Field, inputClassName } from "../field";
import { useActionForm } from "../use-action-form";

type OrgValues = { orgId: string; days: string };
type EventValues = OrgValues & { eventId: string };

/**
 * The retention period in days: the organisation's default, or an event's override (empty: the default).
 * Validated here and again by the action with the same schema.
 */
export function RetentionForm(
  props:
    | {
        kind: "organisation";
        orgId: string;
        days: number;
        action: (v: OrgValues) => Promise<ActionResult<unknown>>;
      }
    | {
        kind: "event";
        orgId: string;
        eventId: string;
        days: number | null;
        orgDefault: number;
        readOnly: boolean;
        action: (v: EventValues) => Promise<ActionResult<unknown>>;
      },
) {
  return props.kind === "organisation" ? <OrganisationForm {...props} /> : <EventForm {...props} />;
}

function OrganisationForm({
  orgId,
  days,
  action,
}: {
  orgId: string;
  days: number;
  action: (v: OrgValues) => Promise<ActionResult<unknown>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: organisationRetentionSchema,
    action,
    defaultValues: { orgId, days: String(days) },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ActionMessage result={result} />
      <Field
        id="retention-days"
        label="Days to keep attendees' personal data after an event ends"
        hint="Names, email addresses and personal answers are then erased; items, totals and statuses stay."
        error={form.formState.errors.days?.message}
      >
        {(aria) => (
          <input {...aria} {...form.register("days")} inputMode="numeric" className={inputClassName} />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save retention period"}
      </Button>
    </form>
  );
}

function EventForm({
  orgId,
  eventId,
  days,
  orgDefault,
  readOnly,
  action,
}: {
  orgId: string;
  eventId: string;
  days: number | null;
  orgDefault: number;
  readOnly: boolean;
  action: (v: EventValues) => Promise<ActionResult<unknown>>;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: eventRetentionSchema,
    action,
    defaultValues: { orgId, eventId, days: days === null ? "" : String(days) },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ActionMessage result={result} />
      <Field
        id="event-retention-days"
        label="Days to keep attendees' personal data after this event ends"
        hint={`Leave empty to use the organisation's period (${orgDefault} days).`}
        error={form.formState.errors.days?.message}
      >
        {(aria) => (
          <input
            {...aria}
            {...form.register("days")}
            inputMode="numeric"
            placeholder={String(orgDefault)}
            readOnly={readOnly}
            className={inputClassName}
          />
        )}
      </Field>
      {readOnly ? null : (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save retention period"}
        </Button>
      )}
    </form>
  );
}

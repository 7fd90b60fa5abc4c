"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { duplicateEventFormSchema } from "@/lib/events/manage/event-schema";
import { ActionMessage } from "../action-message";
import { Field, inputClassName } from "../field";
import { useActionForm } from "../use-action-form";
import type { CheckSlugAction, DuplicateEventAction } from "./event-actions";
import { SlugField } from "./slug-field";

/** "Same as last year": a new draft with the items (stock 0), form and page; no orders. */
export function DuplicateEventForm({
  orgId,
  eventId,
  eventName,
  timeZone,
  urlTemplate,
  actions,
}: {
  orgId: string;
  eventId: string;
  eventName: string;
  timeZone: string;
  urlTemplate: string;
  /** The route's server actions. */
  actions: { duplicate: DuplicateEventAction; checkSlug: CheckSlugAction };
}) {
  const [created, setCreated] = useState<string | null>(null);
  const { form, onSubmit, result, pending } = useActionForm({
    schema: duplicateEventFormSchema,
    action: (values) => actions.duplicate({ ...values, orgId, eventId }),
    defaultValues: { name: `${eventName} (copy)`, slug: "", startsAt: "", endsAt: "" },
    onSuccess: (data) => setCreated(data.eventId),
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  const zoneHint = `Optional, on the event’s clock (${timeZone}). The ordering window moves with the start.`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Duplicate event">
      <ActionMessage result={result} />
      {created && result?.ok ? (
        <p className="font-semibold">
          <Link
            href={`/dashboard/${orgId}/events/${created}/items`}
            className="text-blue-800 underline underline-offset-2"
          >
            Set the stock of the new event’s items
          </Link>
        </p>
      ) : null}
      <p className="text-slate-700">
        Copies the items that are not archived with their variants — <strong>stock starts at 0</strong>, so
        set it on the new event’s Items tab — the order form and the landing page (as an unpublished draft).
        Images are shared, not copied. Orders are never copied. The new event is a draft.
      </p>
      <fieldset disabled={pending} className="grid gap-4 md:grid-cols-2">
        <Field id="duplicate-name" label="New event’s name" error={errors.name?.message}>
          {(aria) => (
            <input {...aria} {...form.register("name")} className={inputClassName} autoComplete="off" />
          )}
        </Field>
        <SlugField
          id="duplicate-slug"
          orgId={orgId}
          value={form.watch("slug") ?? ""}
          error={errors.slug?.message}
          urlTemplate={urlTemplate}
          registration={form.register("slug")}
          checkSlug={actions.checkSlug}
        />
        <Field id="duplicate-startsAt" label="Starts" hint={zoneHint} error={errors.startsAt?.message}>
          {(aria) => (
            <input
              {...aria}
              {...form.register("startsAt")}
              type="datetime-local"
              className={inputClassName}
            />
          )}
        </Field>
        <Field
          id="duplicate-endsAt"
          label="Ends"
          hint="Optional; after the start."
          error={errors.endsAt?.message}
        >
          {(aria) => (
            <input {...aria} {...form.register("endsAt")} type="datetime-local" className={inputClassName} />
          )}
        </Field>
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Duplicating…" : "Duplicate event"}
      </Button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { eventFormSchema, type EventFormValues } from "@/lib/events/manage/event-schema";
import { suggestSlug } from "@/lib/events/manage/slug";
import { useClientSettings } from "@/components/settings/client-settings";
import { ActionMessage } from "../action-message";
import { Field, inputClassName } from "../field";
import { useActionForm } from "../use-action-form";
import type { ActionResult } from "@/lib/validation/action-result";
import type { CheckSlugAction, CreateEventAction, UpdateEventAction } from "./event-actions";
import { SlugField } from "./slug-field";

type Values = EventFormValues;

const fieldsetClass = "grid gap-4 rounded-2xl border border-slate-200 bg-white p-5 md:grid-cols-2";
const legendClass = "px-1 text-base font-bold text-slate-900";

export const emptyEventForm: Values = {
  name: "",
  slug: "",
  timeZone: "Europe/Amsterdam",
  startsAt: "",
  endsAt: "",
  orderingOpensAt: "",
  orderingClosesAt: "",
  maxOrdersPerAttendee: 1,
  currency: "EUR",
  referencePrefix: "",
};

/**
 * Create or edit an event. Dates are typed on the event's own wall clock (the hint names its zone); the
 * server reads them the same way. Read-only for members who may only view, and for archived events.
 */
export function EventForm({
  orgId,
  eventId,
  defaultValues,
  timeZones,
  urlTemplate,
  readOnly = false,
  actions,
}: {
  orgId: string;
  /** Absent: a new event. */
  eventId?: string;
  defaultValues: Values;
  timeZones: string[];
  urlTemplate: string;
  readOnly?: boolean;
  /** The route's server actions (create is used for a new event, update for an existing one). */
  actions: { create: CreateEventAction; update: UpdateEventAction; checkSlug: CheckSlugAction };
}) {
  const { limits } = useClientSettings();
  const router = useRouter();
  const creating = eventId === undefined;
  const { form, onSubmit, result, pending } = useActionForm({
    schema: eventFormSchema,
    action: (values): Promise<ActionResult<{ eventId: string } | { changed: string[] }>> =>
      creating ? actions.create({ ...values, orgId }) : actions.update({ ...values, orgId, eventId }),
    defaultValues,
    onSuccess: (data) => {
      if ("eventId" in data) router.push(`/dashboard/${orgId}/events/${data.eventId}/items`);
    },
  });
  const { errors } = form.formState;
  const timeZone = form.watch("timeZone");
  const zoneHint = `On the event’s clock (${timeZone || "its time zone"}).`;

  const dateField = (
    name: "startsAt" | "endsAt" | "orderingOpensAt" | "orderingClosesAt",
    label: string,
    hint: string,
  ) => (
    <Field id={`event-${name}`} label={label} hint={`${hint} ${zoneHint}`} error={errors[name]?.message}>
      {(aria) => (
        <input {...aria} {...form.register(name)} type="datetime-local" className={inputClassName} />
      )}
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-label={creating ? "New event" : "Event settings"}
    >
      <ActionMessage result={result} />
      <fieldset disabled={readOnly || pending} className="space-y-5">
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Event</legend>
          <Field
            id="event-name"
            label="Name"
            hint="As attendees see it, e.g. “DevConf 2027”."
            error={errors.name?.message}
          >
            {(aria) => (
              <input
                {...aria}
                {...form.register("name", {
                  onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
                    // A new event's address follows its name until the organiser types one.
                    if (creating && !form.getValues("slug")) {
                      form.setValue("slug", suggestSlug(e.target.value), { shouldDirty: true });
                    }
                  },
                })}
                className={inputClassName}
                autoComplete="off"
              />
            )}
          </Field>
          <SlugField
            id="event-slug"
            orgId={orgId}
            eventId={eventId}
            value={form.watch("slug") ?? ""}
            error={errors.slug?.message}
            urlTemplate={urlTemplate}
            registration={form.register("slug")}
            checkSlug={actions.checkSlug}
          />
        </fieldset>

        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Dates</legend>
          <Field
            id="event-timeZone"
            label="Time zone"
            hint="Where the event happens. Every date below is read in this zone."
            error={errors.timeZone?.message}
            className="md:col-span-2"
          >
            {(aria) => (
              <select {...aria} {...form.register("timeZone")} className={inputClassName}>
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {dateField("startsAt", "Starts", "Optional.")}
          {dateField("endsAt", "Ends", "Optional; after the start.")}
        </fieldset>

        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Ordering</legend>
          {dateField("orderingOpensAt", "Ordering opens", "Empty: as soon as the event is published.")}
          {dateField("orderingClosesAt", "Ordering closes", "Empty: until you close the event.")}
          <Field
            id="event-maxOrdersPerAttendee"
            label="Orders per attendee"
            hint={`How many orders one email address may place (1–${limits.ordersPerAttendeeMax}).`}
            error={errors.maxOrdersPerAttendee?.message}
          >
            {(aria) => (
              <input
                {...aria}
                {...form.register("maxOrdersPerAttendee")}
                type="number"
                inputMode="numeric"
                min={1}
                max={limits.ordersPerAttendeeMax}
                step={1}
                className={cx(inputClassName, "max-w-32")}
              />
            )}
          </Field>
        </fieldset>

        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Money and references</legend>
          <Field
            id="event-currency"
            label="Currency"
            hint="Three-letter ISO 4217 code, e.g. EUR, USD, GBP. Prices are shown in it."
            error={errors.currency?.message}
          >
            {(aria) => (
              <input
                {...aria}
                {...form.register("currency")}
                className={cx(inputClassName, "max-w-32 font-mono uppercase")}
                maxLength={limits.currencyCodeLength}
                autoCapitalize="characters"
                autoComplete="off"
              />
            )}
          </Field>
          <Field
            id="event-referencePrefix"
            label="Order reference prefix"
            hint="2–5 capital letters or digits: DEV gives references like DEV-7K3M9Q."
            error={errors.referencePrefix?.message}
          >
            {(aria) => (
              <input
                {...aria}
                {...form.register("referencePrefix")}
                className={cx(inputClassName, "max-w-32 font-mono uppercase")}
                maxLength={limits.referencePrefixMaxLength}
                autoCapitalize="characters"
                autoComplete="off"
              />
            )}
          </Field>
        </fieldset>
      </fieldset>
      {readOnly ? null : (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : creating ? "Create event" : "Save changes"}
        </Button>
      )}
    </form>
  );
}

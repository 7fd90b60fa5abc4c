import type { Metadata } from "next";
import Link from "next/link";
import { emptyEventForm, EventForm } from "@/components/dashboard/events/event-form";
import { eventUrl } from "@/lib/tenancy/event-url";
import { checkSlugAvailability, createEventAction, updateEventAction } from "../actions";
import { loadNewEventForm } from "../loaders";

export const metadata: Metadata = { title: "New event" };

/** Creating an event: owners and organisers only (everyone else gets the 404 page from the loader). */
export default async function NewEventPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { timeZones } = await loadNewEventForm({ orgId });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link
          href={`/dashboard/${orgId}`}
          className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
        >
          ← Events
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">New event</h1>
        <p className="mt-1 text-slate-700">
          It starts as a draft that only your team can see. Next you add its items; publish it from Settings
          when it is ready.
        </p>
      </div>
      <EventForm
        orgId={orgId}
        defaultValues={emptyEventForm}
        timeZones={timeZones}
        urlTemplate={eventUrl("__slug__")}
        actions={{ create: createEventAction, update: updateEventAction, checkSlug: checkSlugAvailability }}
      />
    </div>
  );
}

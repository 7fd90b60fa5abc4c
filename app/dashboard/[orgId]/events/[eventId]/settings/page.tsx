import type { Metadata } from "next";
import { DuplicateEventForm } from "@/components/dashboard/events/duplicate-event-form";
import { EventForm } from "@/components/dashboard/events/event-form";
import { MaintenanceForm } from "@/components/dashboard/maintenance-form";
import { StatusControls } from "@/components/dashboard/events/status-controls";
import { RetentionForm } from "@/components/dashboard/privacy/retention-form";
import { Alert } from "@/components/ui/alert";
import { eventUrl } from "@/lib/tenancy/event-url";
import {
  changeEventStatusAction,
  checkSlugAvailability,
  createEventAction,
  duplicateEventAction,
  updateEventAction,
} from "../../actions";
import { loadEventSettings } from "../../loaders";
import { loadEventMaintenance } from "./loaders";
import { saveEventMaintenanceAction } from "./maintenance-actions";
import { setEventRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Event settings" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Edit the event, change its status, duplicate it. Members who may only view see the settings read-only. */
export default async function EventSettingsPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const [{ event, values, nextStatuses, timeZones, can, retention }, maintenance] = await Promise.all([
    loadEventSettings({ orgId, eventId }),
    loadEventMaintenance({ orgId, eventId }),
  ]);
  const urlTemplate = eventUrl("__slug__");
  const archived = event.status === "archived";
  return (
    <div className="max-w-4xl space-y-10">
      <Section id="settings-details" title="Details">
        {!can.manage ? (
          <Alert tone="info">
            Only owners and organisers can change an event. You can read its settings here.
          </Alert>
        ) : archived ? (
          <Alert tone="info">This event is archived: its settings can no longer change.</Alert>
        ) : event.status !== "draft" ? (
          <Alert tone="warning">
            The shop is public: changing the address moves it, and links already shared stop working.
          </Alert>
        ) : null}
        <EventForm
          orgId={orgId}
          eventId={eventId}
          defaultValues={values}
          timeZones={timeZones}
          urlTemplate={urlTemplate}
          readOnly={!can.manage || archived}
          actions={{ create: createEventAction, update: updateEventAction, checkSlug: checkSlugAvailability }}
        />
      </Section>
      <Section id="settings-retention" title="Data retention">
        <RetentionForm
          kind="event"
          orgId={orgId}
          eventId={eventId}
          days={retention.days}
          orgDefault={retention.orgDefault}
          readOnly={!can.manage}
          action={setEventRetentionAction}
        />
      </Section>
      {can.manage ? (
        <>
          <Section id="settings-status" title="Status">
            <StatusControls
              orgId={orgId}
              eventId={eventId}
              eventName={event.name}
              status={event.status}
              next={nextStatuses}
              changeStatus={changeEventStatusAction}
            />
          </Section>
          <Section id="settings-maintenance" title="Maintenance">
            <p className="text-slate-700">
              Read-only keeps the shop visible but refuses orders and cancellations; closed answers every
              attendee page with your message. Takes effect within seconds.
            </p>
            <MaintenanceForm
              scope="event"
              event={{ orgId, eventId }}
              defaultValues={{ mode: maintenance.own.mode, message: maintenance.own.message ?? "" }}
              action={saveEventMaintenanceAction}
            />
          </Section>
          <Section id="settings-duplicate" title="Duplicate (same as last year)">
            <DuplicateEventForm
              orgId={orgId}
              eventId={eventId}
              eventName={event.name}
              timeZone={event.timeZone}
              urlTemplate={urlTemplate}
              actions={{ duplicate: duplicateEventAction, checkSlug: checkSlugAvailability }}
            />
          </Section>
        </>
      ) : null}
    </div>
  );
}

import "server-only";
import { z } from "zod";
import type { Event } from "@/db/schema";
import type { Member } from "@/lib/auth/authorize";
import { orgLoader } from "@/lib/actions/define";
import { toEventFormValues } from "@/lib/events/manage/event-schema";
import { listOrgEvents } from "@/lib/events/manage/queries";
import { getOrgEvent } from "@/lib/events/org-event";
import { nextEventStatuses } from "@/lib/events/manage/status-machine";
import { timeZoneOptions } from "@/lib/format/wall-clock";
import { eventUrl } from "@/lib/tenancy/event-url";
import { failedSupplierEmailCount } from "@/lib/suppliers/failure-alerts";
import { organisationRetentionDays } from "@/lib/privacy/retention-settings";

const orgInput = z.object({ orgId: z.uuid() });
const eventInput = z.object({ orgId: z.uuid(), eventId: z.uuid() });

function headerOf(event: Event) {
  return {
    id: event.id,
    name: event.name,
    slug: event.slug,
    status: event.status,
    timeZone: event.timeZone,
    currency: event.currency,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    orderingOpensAt: event.orderingOpensAt,
    orderingClosesAt: event.orderingClosesAt,
    maxOrdersPerAttendee: event.maxOrdersPerAttendee,
    referencePrefix: event.referencePrefix,
    /** The attendees' shop: http(s)://{slug}.{ROOT_DOMAIN}/ (a 404 while the event is a draft). */
    shopUrl: eventUrl(event.slug),
  };
}

export type EventHeader = ReturnType<typeof headerOf>;

const canOf = (member: Member) => ({
  manage: member.can("events.manage"),
  viewOrders: member.can("orders.view"),
  manageSuppliers: member.can("suppliers.manage"),
  collect: member.can("orders.collect"),
  /** Collects orders but may not view them: the desk staff role, who see only the event list and the desk. */
  deskOnly: member.can("orders.collect") && !member.can("orders.view"),
});

/** The organisation home: its events with their key numbers. */
export const loadEventList = orgLoader({
  name: "loadEventList",
  permission: "events.view",
  input: orgInput,
  load: async ({ db, member }) => ({
    events: await listOrgEvents({ db, orgId: member.orgId }),
    canManage: member.can("events.manage"),
  }),
});

/** The frame of every event page (name, status, shop link, which tabs to show). Others may reuse it. */
export const loadEventHeader = orgLoader({
  name: "loadEventHeader",
  permission: "events.view",
  input: eventInput,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    // The Suppliers tab's badge: refused supplier emails, for those who manage suppliers (issue 12).
    const failedSupplierEmails = member.can("suppliers.manage")
      ? await failedSupplierEmailCount({ db, eventId: event.id })
      : 0;
    return { event: headerOf(event), can: canOf(member), failedSupplierEmails };
  },
});

/** The settings tab: the form's values on the event's wall clock, and the status changes on offer. */
export const loadEventSettings = orgLoader({
  name: "loadEventSettings",
  permission: "events.details",
  input: eventInput,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    return {
      event: headerOf(event),
      values: toEventFormValues(event),
      nextStatuses: nextEventStatuses(event.status),
      timeZones: timeZoneOptions(),
      can: canOf(member),
      // Issue 13: the event's own period (null: the organisation's default) and that default.
      retention: { days: event.retentionDays, orgDefault: await organisationRetentionDays(db, member.orgId) },
    };
  },
});

/** The create form: only for those who may create events (everyone else gets the 404 page). */
export const loadNewEventForm = orgLoader({
  name: "loadNewEventForm",
  permission: "events.manage",
  input: orgInput,
  load: async () => ({ timeZones: timeZoneOptions() }),
});

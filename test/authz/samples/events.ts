import { randomUUID } from "node:crypto";
import type { SampleTable } from "../samples";

const base = "app/dashboard/[orgId]/events";
const freshSlug = () => `authz-${randomUUID().slice(0, 8)}`;

/** Organisation B's event (published, with items and an order) is the target of every event endpoint. */
export const samples: SampleTable = {
  [`${base}/loaders.ts#loadEventList`]: (w) => ({ orgId: w.b.orgId }),
  [`${base}/loaders.ts#loadEventHeader`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
  [`${base}/loaders.ts#loadEventSettings`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
  [`${base}/loaders.ts#loadNewEventForm`]: (w) => ({ orgId: w.b.orgId }),
  [`${base}/actions.ts#createEventAction`]: (w) => ({
    orgId: w.b.orgId,
    name: "Authz Conf",
    slug: freshSlug(),
    timeZone: "Europe/Amsterdam",
    startsAt: "2030-03-03T09:00",
    endsAt: "2030-03-04T18:00",
    orderingOpensAt: "",
    orderingClosesAt: "",
    maxOrdersPerAttendee: 1,
    currency: "EUR",
    referencePrefix: "AZ",
  }),
  [`${base}/actions.ts#updateEventAction`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    name: "Renamed by authz",
    slug: w.b.fixture.event.slug,
    timeZone: "Europe/Amsterdam",
    startsAt: "2030-03-03T09:00",
    endsAt: "2030-03-04T18:00",
    orderingOpensAt: "",
    orderingClosesAt: "",
    maxOrdersPerAttendee: 2,
    currency: "EUR",
    referencePrefix: "TST",
  }),
  [`${base}/actions.ts#changeEventStatusAction`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    to: "closed",
  }),
  [`${base}/actions.ts#duplicateEventAction`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    name: "Authz Conf again",
    slug: freshSlug(),
    startsAt: "",
    endsAt: "",
  }),
  [`${base}/actions.ts#checkSlugAvailability`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    slug: freshSlug(),
  }),
};

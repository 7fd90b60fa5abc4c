import type { SampleTable } from "../samples";

export const samples: SampleTable = {
  "app/dashboard/[orgId]/events/[eventId]/loaders.ts#loadEventOverview": (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
  }),
};

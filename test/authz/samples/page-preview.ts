import type { SampleTable } from "../samples";

export const samples: SampleTable = {
  "app/dashboard/[orgId]/events/[eventId]/page/preview-actions.ts#createPagePreviewLink": (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
  }),
};

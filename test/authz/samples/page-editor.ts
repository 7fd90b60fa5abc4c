import type { SampleTable } from "../samples";

const base = "app/dashboard/[orgId]/events/[eventId]/page";

/** The Page tab's loaders (issue 11, editor UI): read-only, so B's event is all they need. */
export const samples: SampleTable = {
  [`${base}/loaders.ts#loadPageEditor`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
  [`${base}/loaders.ts#loadPageVersions`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
};

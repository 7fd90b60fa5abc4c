import { createPreviewLink } from "@/lib/pages/preview/create-preview-link";
import type { SampleTable } from "../samples";

const path = "app/dashboard/[orgId]/events/[eventId]/page/preview-actions.ts";

export const samples: SampleTable = {
  [`${path}#createPagePreviewLink`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
  }),
  // A fresh link of organisation B's event each time (a different second each, so a different token).
  [`${path}#revokePagePreviewLink`]: async (w, db) => {
    const now = new Date(Date.now() - Math.floor(Math.random() * 3_600_000));
    const link = await createPreviewLink({ db, orgId: w.b.orgId, eventId: w.b.eventId, now });
    return { orgId: w.b.orgId, eventId: w.b.eventId, linkId: link.id };
  },
};

import { formDrafts } from "@/db/schema";
import { imageUploadForm, type SampleTable } from "../samples";

const base = "app/dashboard/[orgId]/events/[eventId]/form";
const ref = (w: Parameters<SampleTable[string]>[0]) => ({ orgId: w.b.orgId, eventId: w.b.eventId });

/** B's event has form version 1 (the order fixture's fields) and no draft yet. */
const newFields = [
  { type: "short_text", key: "dietary_needs", label: "Dietary needs", required: true, personal: true },
  { type: "single_choice", key: "fit", label: "Fit", options: [{ value: "slim", label: "Slim" }] },
];

export const samples: SampleTable = {
  [`${base}/loaders.ts#loadFormBuilder`]: (w) => ref(w),
  [`${base}/loaders.ts#loadFormVersions`]: (w) => ref(w),
  [`${base}/actions.ts#saveFormDraft`]: (w) => ({ ...ref(w), fields: newFields, revision: 0 }),
  [`${base}/actions.ts#publishForm`]: async (w, db) => {
    await db
      .insert(formDrafts)
      .values({ eventId: w.b.eventId, fields: newFields, revision: 1, basedOnVersion: 1 });
    return { ...ref(w), revision: 1 };
  },
  [`${base}/actions.ts#restoreFormVersion`]: (w) => ({ ...ref(w), version: 1, revision: 0 }),
  [`${base}/actions.ts#uploadFormImage`]: (w) => imageUploadForm(ref(w), { name: "size-chart.png" }),
};

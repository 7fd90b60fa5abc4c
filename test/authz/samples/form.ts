import sharp from "sharp";
import { formDrafts } from "@/db/schema";
import type { SampleTable } from "../samples";

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
  [`${base}/actions.ts#uploadFormImage`]: async (w) => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0af" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set("orgId", w.b.orgId);
    form.set("eventId", w.b.eventId);
    form.set("file", new File([new Uint8Array(png)], "size-chart.png", { type: "image/png" }));
    return form as unknown as Record<string, unknown>;
  },
};

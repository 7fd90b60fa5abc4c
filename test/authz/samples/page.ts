import { pageDrafts } from "@/db/schema";
import { defaultPageDocument, themeFromPageContent } from "@/lib/pages/default-page";
import { imageUploadForm, type SampleTable } from "../samples";

const base = "app/dashboard/[orgId]/events/[eventId]/page";
const ref = (w: Parameters<SampleTable[string]>[0]) => ({ orgId: w.b.orgId, eventId: w.b.eventId });

/** B's event has page version 1 (the order fixture's content, published) and no page draft yet. */
const content = {
  title: "B's new page",
  tagline: "Now with blocks",
  descriptionMd: "Free socks for everyone.",
  heroBlobId: null,
  ctaLabel: "Get yours",
  pickupInfo: "",
};
const document = defaultPageDocument(content);
const theme = themeFromPageContent({
  primaryColor: "#1F2937",
  accentColor: "#1D4ED8",
  font: "serif",
  logoBlobId: null,
});

export const samples: SampleTable = {
  [`${base}/actions.ts#savePageDraft`]: (w) => ({ ...ref(w), revision: 0, document, theme }),
  [`${base}/actions.ts#publishPage`]: async (w, db) => {
    await db
      .insert(pageDrafts)
      .values({ eventId: w.b.eventId, document, theme, revision: 1, basedOnVersion: 1 });
    return { ...ref(w), revision: 1 };
  },
  [`${base}/actions.ts#restorePageVersion`]: (w) => ({ ...ref(w), version: 1, revision: 0 }),
  [`${base}/actions.ts#uploadPageImage`]: (w) => imageUploadForm(ref(w), { name: "hero.png" }),
};

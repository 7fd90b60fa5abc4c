import type { Metadata } from "next";
import { PageEditor } from "@/components/page-editor/page-editor";
import { PreviewLinkList } from "@/components/page-editor/preview-link-list";
import { ReadOnlyPage } from "@/components/page-editor/read-only-page";
import { publishPage, savePageDraft, uploadPageImage } from "./actions";
import { loadPageEditor } from "./loaders";
import { createPagePreviewLink, revokePagePreviewLink } from "./preview-actions";

export const metadata: Metadata = { title: "Landing page" };

export default async function PageEditorPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const data = await loadPageEditor({ orgId, eventId });
  const base = `/dashboard/${orgId}/events/${eventId}/page`;
  return (
    <section aria-labelledby="page-heading" className="space-y-4">
      <div>
        <h2 id="page-heading" className="text-xl font-bold text-slate-900">
          Landing page
        </h2>
        <p className="text-sm text-slate-700">
          What attendees see first on the shop’s address.
          {data.canEdit
            ? " Changes are saved as a draft as you edit; attendees see them once you publish."
            : null}
        </p>
      </div>
      {data.canEdit ? (
        <PageEditor
          ids={{ orgId, eventId }}
          draft={data.draft}
          images={data.images}
          context={data.context}
          actions={{
            save: savePageDraft,
            publish: publishPage,
            upload: uploadPageImage,
            preview: createPagePreviewLink,
          }}
          versionsHref={`${base}/versions`}
          shopUrl={data.shopUrl}
        />
      ) : null}
      {data.canEdit ? (
        <PreviewLinkList
          ids={{ orgId, eventId }}
          links={data.previewLinks}
          timeZone={data.context.event.timeZone}
          revoke={revokePagePreviewLink}
        />
      ) : (
        <ReadOnlyPage
          document={data.draft.document}
          theme={data.draft.theme}
          images={data.images}
          context={data.context}
        />
      )}
    </section>
  );
}

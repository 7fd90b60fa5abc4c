import type { Metadata } from "next";
import Link from "next/link";
import { PageVersionList } from "@/components/page-editor/page-version-list";
import { restorePageVersion } from "../actions";
import { loadPageVersions } from "../loaders";

export const metadata: Metadata = { title: "Landing page versions" };

export default async function PageVersionsPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const { versions, timeZone, draftRevision, canEdit } = await loadPageVersions({ orgId, eventId });
  const editorHref = `/dashboard/${orgId}/events/${eventId}/page`;
  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <div className="space-y-1">
        <Link
          href={editorHref}
          className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
        >
          ← Landing page
        </Link>
        <h2 id="versions-heading" className="text-xl font-bold text-slate-900">
          Versions of the landing page
        </h2>
        <p className="text-sm text-slate-700">
          Each published version is kept as it was. Restoring one makes it the draft; attendees see it once it
          is published again.
        </p>
      </div>
      <PageVersionList
        ids={{ orgId, eventId }}
        versions={versions}
        timeZone={timeZone}
        canEdit={canEdit}
        draftRevision={draftRevision}
        restore={restorePageVersion}
        editorHref={editorHref}
      />
    </section>
  );
}

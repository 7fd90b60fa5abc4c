import type { Metadata } from "next";
import Link from "next/link";
import { VersionList } from "@/components/dashboard/form-builder/version-list";
import { restoreFormVersion } from "../actions";
import { loadFormBuilder, loadFormVersions } from "../loaders";

export const metadata: Metadata = { title: "Order form versions" };

export default async function FormVersionsPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  // The builder's state gives the draft's revision, which a restore must name (it replaces the draft).
  const [{ event, versions, canEdit }, builder] = await Promise.all([
    loadFormVersions({ orgId, eventId }),
    loadFormBuilder({ orgId, eventId }),
  ]);
  const builderHref = `/dashboard/${orgId}/events/${eventId}/form`;
  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <div className="space-y-1">
        <Link
          href={builderHref}
          className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
        >
          ← Order form
        </Link>
        <h2 id="versions-heading" className="text-xl font-bold text-slate-900">
          Versions of the order form
        </h2>
        <p className="text-sm text-slate-700">
          Each published version is kept as it was; every order shows its answers with the version it was
          placed with.
        </p>
      </div>
      <VersionList
        ids={{ orgId, eventId }}
        versions={versions}
        timeZone={event.timeZone}
        canEdit={canEdit}
        draftRevision={builder.draft.revision}
        draftChanged={builder.changedSincePublish}
        restore={restoreFormVersion}
        builderHref={builderHref}
      />
    </section>
  );
}

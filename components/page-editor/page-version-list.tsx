"use client";

import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { formatMoment } from "@/components/dashboard/form-builder/format";
import { useAction } from "@/components/dashboard/use-action-form";
import type { PageIds, PageVersionSummary, RestorePageVersion } from "./types";

/** The landing page's published versions, newest first, each restorable as the draft by an editor. */
export function PageVersionList({
  ids,
  versions,
  timeZone,
  canEdit,
  draftRevision,
  restore,
  editorHref,
}: {
  ids: PageIds;
  versions: PageVersionSummary[];
  timeZone: string;
  canEdit: boolean;
  draftRevision: number;
  restore: RestorePageVersion;
  editorHref: string;
}) {
  const router = useRouter();
  const restoring = useAction(restore);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);

  if (newestFirst.length === 0) {
    return (
      <div
        className="rounded-2xl border-2 border-dashed border-slate-300 p-8 text-center"
        data-testid="versions-empty"
      >
        <p className="text-lg font-semibold text-slate-900">Not published yet</p>
        <p className="mt-1 text-slate-700">Versions appear here each time the page is published.</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <ActionMessage result={restoring.result} />
      <ol className="space-y-3" data-testid="version-list">
        {newestFirst.map((v, i) => (
          <li
            key={v.version}
            className="flex flex-wrap items-start justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-4"
            data-testid="version-row"
          >
            <div>
              <h3 className="text-lg font-bold text-slate-900">
                Version {v.version}
                {i === 0 ? <span className="ml-2 text-sm font-semibold text-green-900">(live)</span> : null}
              </h3>
              <p className="text-sm text-slate-700">
                Published {formatMoment(v.publishedAt, timeZone)}
                {v.publishedByName ? ` by ${v.publishedByName}` : ""}
              </p>
            </div>
            {canEdit ? (
              <ConfirmButton
                label="Restore as draft"
                variant="secondary"
                title={`Restore version ${v.version} as the draft?`}
                body={
                  <p>
                    The draft is replaced by version {v.version}; the live page does not change until you
                    publish. Unpublished changes in the draft will be lost.
                  </p>
                }
                confirmLabel="Restore"
                pending={restoring.pending}
                onConfirm={async () => {
                  const outcome = await restoring.run({
                    ...ids,
                    version: v.version,
                    revision: draftRevision,
                  });
                  if (outcome.ok) router.push(editorHref);
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { formatMoment } from "@/components/dashboard/form-builder/format";
import { useAction } from "@/components/dashboard/use-action-form";
import type { ActionResult } from "@/lib/validation/action-result";

/** What every published version shows: its number, when and by whom. */
export type PublishedVersion = { version: number; publishedAt: string; publishedBy: string | null };

export type RestoreVersionAction = (input: {
  orgId: string;
  eventId: string;
  version: number;
  revision: number;
}) => Promise<ActionResult<unknown>>;

/**
 * Published versions of an event's form or landing page, newest first, each restorable as the
 * draft by an editor. What differs between the two (wording, per-version details, what a restore
 * warns about) comes in as props; the list, ordering and restore flow are shared.
 */
export function VersionList<V extends PublishedVersion>({
  ids,
  versions,
  timeZone,
  canEdit,
  draftRevision,
  restore,
  afterRestoreHref,
  subject,
  newestLabel,
  restoreWarning,
  summary,
  details,
}: {
  ids: { orgId: string; eventId: string };
  versions: V[];
  timeZone: string;
  canEdit: boolean;
  draftRevision: number;
  restore: RestoreVersionAction;
  /** Where to go once the restore succeeds: the editor that now holds the restored draft. */
  afterRestoreHref: string;
  /** "form" or "page", for the empty state. */
  subject: string;
  /** Marks the newest version, e.g. "current" or "live". */
  newestLabel: string;
  /** The confirmation dialog's body for restoring version `v`. */
  restoreWarning: (v: V) => ReactNode;
  /** Extra lines under "Published …", beside the restore button. */
  summary?: (v: V) => ReactNode;
  /** A section below a version's heading row; `previous` is the version before it, if any. */
  details?: (v: V, previous: V | undefined) => ReactNode;
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
        <p className="mt-1 text-slate-700">Versions appear here each time the {subject} is published.</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <ActionMessage result={restoring.result} />
      <ol className="space-y-4" data-testid="version-list">
        {newestFirst.map((v, i) => (
          <li
            key={v.version}
            className="rounded-2xl border border-slate-200 bg-white p-4"
            data-testid="version-row"
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="text-lg font-bold text-slate-900">
                  Version {v.version}
                  {i === 0 ? (
                    <span className="ml-2 text-sm font-semibold text-green-900">({newestLabel})</span>
                  ) : null}
                </h3>
                <p className="text-sm text-slate-700">
                  Published {formatMoment(v.publishedAt, timeZone)}
                  {v.publishedBy ? ` by ${v.publishedBy}` : ""}
                </p>
                {summary ? summary(v) : null}
              </div>
              {canEdit ? (
                <ConfirmButton
                  label="Restore as draft"
                  variant="secondary"
                  title={`Restore version ${v.version} as the draft?`}
                  body={restoreWarning(v)}
                  confirmLabel="Restore"
                  pending={restoring.pending}
                  onConfirm={async () => {
                    const outcome = await restoring.run({
                      ...ids,
                      version: v.version,
                      revision: draftRevision,
                    });
                    if (outcome.ok) router.push(afterRestoreHref);
                  }}
                />
              ) : null}
            </div>
            {details ? details(v, newestFirst[i + 1]) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

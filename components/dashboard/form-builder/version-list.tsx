"use client";

import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import { describeChange } from "./changes";
import { formatMoment } from "./format";
import type { FormVersionSummary, Ids, RestoreVersion } from "./types";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Published versions, newest first, with what changed and a way back to any of them. */
export function VersionList({
  ids,
  versions,
  timeZone,
  canEdit,
  draftRevision,
  draftChanged,
  restore,
  builderHref,
}: {
  ids: Ids;
  versions: FormVersionSummary[];
  timeZone: string;
  canEdit: boolean;
  draftRevision: number;
  draftChanged: boolean;
  restore: RestoreVersion;
  builderHref: string;
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
        <p className="mt-1 text-slate-700">Versions appear here each time the form is published.</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <ActionMessage result={restoring.result} />
      <ol className="space-y-4" data-testid="version-list">
        {newestFirst.map((v, i) => {
          const previous = newestFirst[i + 1];
          return (
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
                      <span className="ml-2 text-sm font-semibold text-green-900">(current)</span>
                    ) : null}
                  </h3>
                  <p className="text-sm text-slate-700">
                    Published {formatMoment(v.publishedAt, timeZone)}
                    {v.publishedBy ? ` by ${v.publishedBy}` : ""}
                  </p>
                  <p className="text-sm text-slate-700">
                    {plural(v.fieldCount, "field", "fields")} · {plural(v.orderCount, "order", "orders")}{" "}
                    placed with it
                  </p>
                </div>
                {canEdit ? (
                  <ConfirmButton
                    label="Restore as draft"
                    variant="secondary"
                    title={`Restore version ${v.version} as the draft?`}
                    body={
                      <>
                        <p>
                          The draft is replaced by version {v.version}; publish it to use it for new orders.
                        </p>
                        {draftChanged ? (
                          <p className="mt-2 font-semibold">The draft’s unpublished changes will be lost.</p>
                        ) : null}
                      </>
                    }
                    confirmLabel="Restore"
                    pending={restoring.pending}
                    onConfirm={async () => {
                      const outcome = await restoring.run({
                        ...ids,
                        version: v.version,
                        revision: draftRevision,
                      });
                      if (outcome.ok) router.push(builderHref);
                    }}
                  />
                ) : null}
              </div>
              <div className="mt-3">
                <h4 className="text-sm font-semibold text-slate-900">
                  {previous ? `Changes since version ${previous.version}` : "First version"}
                </h4>
                {v.changes.length === 0 ? (
                  <p className="text-sm text-slate-700">{previous ? "No changes to the fields." : null}</p>
                ) : (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
                    {v.changes.map((change, j) => (
                      <li key={j}>{describeChange(change)}</li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

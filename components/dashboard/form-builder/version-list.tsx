"use client";

import { VersionList as SharedVersionList } from "@/components/dashboard/version-list";
import { describeChange } from "./changes";
import type { FormVersionSummary, Ids, RestoreVersion } from "./types";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Published versions of the order form, newest first, with what changed and a way back to any of them. */
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
  return (
    <SharedVersionList
      ids={ids}
      versions={versions}
      timeZone={timeZone}
      canEdit={canEdit}
      draftRevision={draftRevision}
      restore={restore}
      afterRestoreHref={builderHref}
      subject="form"
      newestLabel="current"
      restoreWarning={(v) => (
        <>
          <p>The draft is replaced by version {v.version}; publish it to use it for new orders.</p>
          {draftChanged ? (
            <p className="mt-2 font-semibold">The draft’s unpublished changes will be lost.</p>
          ) : null}
        </>
      )}
      summary={(v) => (
        <p className="text-sm text-slate-700">
          {plural(v.fieldCount, "field", "fields")} · {plural(v.orderCount, "order", "orders")} placed with it
        </p>
      )}
      details={(v, previous) => (
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
      )}
    />
  );
}

"use client";

import { VersionList } from "@/components/dashboard/version-list";
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
  return (
    <VersionList
      ids={ids}
      versions={versions.map(({ publishedByName, ...v }) => ({ ...v, publishedBy: publishedByName }))}
      timeZone={timeZone}
      canEdit={canEdit}
      draftRevision={draftRevision}
      restore={restore}
      afterRestoreHref={editorHref}
      subject="page"
      newestLabel="live"
      restoreWarning={(v) => (
        <p>
          The draft is replaced by version {v.version}; the live page does not change until you publish.
          Unpublished changes in the draft will be lost.
        </p>
      )}
    />
  );
}

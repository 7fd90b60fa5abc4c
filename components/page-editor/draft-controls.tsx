"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { SaveStatus } from "@/components/dashboard/form-builder/save-status";
import { Button } from "@/components/ui/button";
import type { PageDocumentError } from "@/lib/pages/page-document";
import type { ActionResult, FieldErrors } from "@/lib/validation/action-result";
import { PreviewLink } from "./preview-link";
import { collectProblems, publishBlockers } from "./problems";
import { ProblemsPanel } from "./problems-panel";
import type { ThemeReview } from "./theme-state";
import type { PageEditorActions, PageIds } from "./types";
import { usePageAutosave, type PageDraftValue } from "./use-page-autosave";

/**
 * Everything around the editor's canvas that concerns the draft: autosave of `value` with its status
 * ("Saving…", "Saved 14:02", "Not saved: …" with Retry, or Reload after a conflict), the problems that block
 * publishing (a block's problem selects the block), Publish (disabled, with the reason, while anything
 * blocks it), Preview and History. Kept apart from Puck so it is tested in jsdom with fake actions.
 */
export function DraftControls({
  ids,
  value,
  revision,
  initialErrors,
  review,
  actions,
  versionsHref,
  shopUrl,
  onSelectBlock,
  delayMs,
}: {
  ids: PageIds;
  value: PageDraftValue;
  revision: number;
  /** The document's problems before the first save (the loaded draft, validated in the browser). */
  initialErrors: PageDocumentError[];
  review: ThemeReview;
  actions: PageEditorActions;
  versionsHref: string;
  shopUrl: string;
  onSelectBlock: (blockId: string) => void;
  delayMs?: number;
}) {
  const autosave = usePageAutosave({ ids, value, revision, save: actions.save, delayMs });
  const [publishResult, setPublishResult] = useState<ActionResult<{ version: number }> | null>(null);
  const [publishing, setPublishing] = useState(false);
  // The server's theme problems the browser cannot see (a logo that is not the organisation's), then a
  // refused publish's field errors.
  const publishErrors: FieldErrors = {
    ...autosave.lastSave?.themeErrors,
    ...(publishResult && !publishResult.ok ? publishResult.fieldErrors : {}),
  };
  const documentErrors = autosave.lastSave?.errors ?? initialErrors;
  const problems = collectProblems({
    documentErrors,
    publishErrors,
    themeErrors: review.fieldErrors,
    failingContrast: review.failing,
  });
  const blockers = publishBlockers({
    state: autosave.state,
    documentErrors,
    themeErrors: review.fieldErrors,
    failingContrast: review.failing,
  });

  const publish = async () => {
    setPublishing(true);
    setPublishResult(null);
    try {
      setPublishResult(await actions.publish({ ...ids, revision: autosave.revision }));
    } catch {
      setPublishResult({
        ok: false,
        code: "unavailable",
        message: "The server could not be reached. Nothing was published: try again.",
        fieldErrors: {},
      });
    } finally {
      setPublishing(false);
    }
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SaveStatus
          state={autosave.state}
          onRetry={autosave.retry}
          onReload={() => {
            autosave.allowLeaving();
            window.location.reload();
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          {actions.preview ? <PreviewLink ids={ids} create={actions.preview} /> : null}
          <a
            href={versionsHref}
            className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-blue-800 underline underline-offset-2"
          >
            History
          </a>
          <Button
            variant="platform"
            disabled={blockers.length > 0 || publishing}
            aria-describedby={blockers.length ? "publish-blockers" : undefined}
            onClick={publish}
          >
            {publishing ? "Publishing…" : "Publish"}
          </Button>
        </div>
      </div>
      {autosave.state.kind === "conflict" ? (
        <p
          className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-950"
          role="alert"
          data-testid="save-conflict"
        >
          Someone else saved this page since you opened it. Your last edit was not saved: reload to see their
          version, then make your change again.
        </p>
      ) : null}
      {blockers.length > 0 ? (
        <p id="publish-blockers" className="text-sm text-slate-700" data-testid="publish-blockers">
          Publishing is not possible yet: {blockers.join("; ")}.
        </p>
      ) : null}
      {publishResult ? <ActionMessage result={publishResult} /> : null}
      {publishResult?.ok ? (
        <p className="text-sm">
          <a href={shopUrl} target="_blank" rel="noopener" className="font-semibold text-blue-800 underline">
            Open the published page<span className="sr-only"> (new tab)</span>
          </a>
        </p>
      ) : null}
      <ProblemsPanel problems={problems} onSelectBlock={onSelectBlock} />
    </div>
  );
}

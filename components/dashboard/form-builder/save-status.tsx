"use client";

import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { saveStatusText, type SaveState } from "./save-state";

/** "Saving… / Saved 12:03 / Not saved: <reason>", with Retry or, after a conflict, Reload. */
export function SaveStatus({
  state,
  onRetry,
  onReload,
}: {
  state: SaveState;
  onRetry: () => void;
  onReload: () => void;
}) {
  const failed = state.kind === "failed" || state.kind === "conflict";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p
        role="status"
        aria-live="polite"
        className={cx("text-sm font-semibold", failed ? "text-red-800" : "text-slate-700")}
        data-testid="save-status"
        suppressHydrationWarning
      >
        {saveStatusText(state)}
      </p>
      {state.kind === "failed" ? (
        <Button variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      ) : null}
      {state.kind === "conflict" ? (
        <Button variant="secondary" onClick={onReload}>
          Reload
        </Button>
      ) : null}
    </div>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createDraftSaver, type SaveResult } from "@/components/dashboard/form-builder/draft-saver";
import { hasUnsavedChanges, type SaveState } from "@/components/dashboard/form-builder/save-state";
import type { PageIds, PageSaveData, SavePageDraft } from "./types";

/** What one save sends: the Puck document and the theme, replaced together (a new object on every edit). */
export type PageDraftValue = { document: unknown; theme: unknown };

/**
 * The page's autosave, on the form builder's saver (createDraftSaver: debounced, one save in flight, the edit
 * made meanwhile goes out right after it, a stale revision stops saving for good). The page action returns
 * more than the form's (block errors, theme errors, contrast), kept here with the snapshot they describe.
 */
export function usePageAutosave({
  ids,
  value,
  revision: initialRevision,
  save,
  delayMs = 800,
}: {
  ids: PageIds;
  value: PageDraftValue;
  revision: number;
  save: SavePageDraft;
  delayMs?: number;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [revision, setRevision] = useState(initialRevision);
  const [lastSave, setLastSave] = useState<PageSaveData | null>(null);
  const saveRef = useRef(save);
  const leaving = useRef(false);
  useEffect(() => {
    saveRef.current = save;
  });
  const saver = useRef<ReturnType<typeof createDraftSaver<PageDraftValue>> | null>(null);
  /** The full answer of the save in flight, handed over in onSaved (same await, same snapshot). */
  const answer = useRef<PageSaveData | null>(null);

  useEffect(() => {
    saver.current ??= createDraftSaver<PageDraftValue>({
      initial: value,
      revision: initialRevision,
      save: async (draft, rev): Promise<SaveResult> => {
        const outcome = await saveRef.current({ ...ids, revision: rev, ...draft });
        if (!outcome.ok) return outcome;
        answer.current = outcome.data;
        return {
          ...outcome,
          data: { revision: outcome.data.revision, savedAt: outcome.data.savedAt, issues: [] },
        };
      },
      delayMs,
      onState: setState,
      onSaved: (saved) => {
        setRevision(saved.revision);
        if (answer.current) setLastSave(answer.current);
      },
    });
    saver.current.change(value);
    // ids are fixed for the editor's life (the route remounts it for another event).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, initialRevision, delayMs]);

  const unsaved = hasUnsavedChanges(state);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const retry = useCallback(() => void saver.current?.run(), []);
  /** "Reload" after a conflict: the marketer chose to see the other person's version. */
  const allowLeaving = useCallback(() => {
    leaving.current = true;
    saver.current?.stop();
  }, []);

  return { state, revision, lastSave, unsaved, retry, allowLeaving };
}

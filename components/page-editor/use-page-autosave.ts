"use client";

import { useRef, useState } from "react";
import { useAutosave } from "@/components/dashboard/form-builder/use-autosave";
import type { PageIds, PageSaveData, SavePageDraft } from "./types";

/** What one save sends: the Puck document and the theme, replaced together (a new object on every edit). */
export type PageDraftValue = { document: unknown; theme: unknown };

/**
 * The page's autosave, on the form builder's (useAutosave: debounced, one save in flight, the edit made
 * meanwhile goes out right after it, a stale revision stops saving for good, a warning before leaving with
 * unsaved changes). The page action returns more than the form's (block errors, theme errors, contrast),
 * kept here with the snapshot they describe.
 */
export function usePageAutosave({
  ids,
  value,
  revision,
  save,
  delayMs = 800,
}: {
  ids: PageIds;
  value: PageDraftValue;
  revision: number;
  save: SavePageDraft;
  delayMs?: number;
}) {
  const [lastSave, setLastSave] = useState<PageSaveData | null>(null);
  /** The full answer of the save in flight, handed over in onSaved (same await, same snapshot). */
  const answer = useRef<PageSaveData | null>(null);

  const autosave = useAutosave<PageDraftValue>({
    fields: value,
    revision,
    delayMs,
    save: async (draft, rev) => {
      const outcome = await save({ ...ids, revision: rev, ...draft });
      if (!outcome.ok) return outcome;
      answer.current = outcome.data;
      return {
        ...outcome,
        data: { revision: outcome.data.revision, savedAt: outcome.data.savedAt, issues: [] },
      };
    },
    onSaved: () => {
      if (answer.current) setLastSave(answer.current);
    },
  });

  const { state, unsaved, retry, allowLeaving } = autosave;
  return { state, revision: autosave.revision, lastSave, unsaved, retry, allowLeaving };
}

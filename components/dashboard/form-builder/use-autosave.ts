"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createDraftSaver, type SaveResult } from "./draft-saver";
import type { DefinitionIssue } from "./issues";
import { hasUnsavedChanges, type SaveState } from "./save-state";

/**
 * Saves `fields` a moment after each change (see createDraftSaver) and asks before the page is left with
 * unsaved changes. Shared by the form builder and the landing page editor (usePageAutosave).
 */
export function useAutosave<F>({
  fields,
  revision: initialRevision,
  save,
  onSaved,
  delayMs = 800,
}: {
  fields: F;
  revision: number;
  save: (fields: F, revision: number) => Promise<SaveResult>;
  /** Called after each successful save, in the same update as the new revision. */
  onSaved?: () => void;
  delayMs?: number;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [revision, setRevision] = useState(initialRevision);
  /** The server's issues and the snapshot they describe. */
  const [server, setServer] = useState<{ fields: F; issues: DefinitionIssue[] } | null>(null);
  const saveRef = useRef(save);
  const onSavedRef = useRef(onSaved);
  const leaving = useRef(false);
  useEffect(() => {
    saveRef.current = save;
    onSavedRef.current = onSaved;
  });
  const saver = useRef<ReturnType<typeof createDraftSaver<F>> | null>(null);

  // Created once, on the first change check; never stopped on unmount, so a pending save still goes
  // out when the organiser navigates to another dashboard page.
  useEffect(() => {
    saver.current ??= createDraftSaver<F>({
      initial: fields,
      revision: initialRevision,
      save: (draft, rev) => saveRef.current(draft, rev),
      delayMs,
      onState: setState,
      onSaved: (saved) => {
        setRevision(saved.revision);
        setServer({ fields: saved.fields, issues: saved.issues });
        onSavedRef.current?.();
      },
    });
    saver.current.change(fields);
  }, [fields, initialRevision, delayMs]);

  const unsaved = hasUnsavedChanges(state);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const retry = useCallback(() => void saver.current?.run(), []);
  /** For "Reload" after a conflict: the organiser chose to drop their version. */
  const allowLeaving = useCallback(() => {
    leaving.current = true;
    saver.current?.stop();
  }, []);

  return { state, revision, server, unsaved, retry, allowLeaving };
}

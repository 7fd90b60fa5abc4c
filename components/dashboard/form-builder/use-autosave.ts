"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/dashboard/result";
import type { DefinitionIssue } from "./issues";
import { hasUnsavedChanges, type SaveState } from "./save-state";

type SaveResult = ActionResult<{ revision: number; savedAt: string; issues: DefinitionIssue[] }>;

const OFFLINE = "the server could not be reached. Check your connection.";

/**
 * Saves `fields` a moment after each change, always with the last revision the server gave. Edits made
 * while a save is on its way are saved right after it, so nothing typed is lost; a conflict (someone
 * else saved meanwhile) stops autosaving until the page is reloaded. Leaving with unsaved changes asks first.
 */
export function useAutosave<F>({
  fields,
  revision: initialRevision,
  save,
  delayMs = 800,
}: {
  fields: F;
  revision: number;
  save: (fields: F, revision: number) => Promise<SaveResult>;
  delayMs?: number;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [revision, setRevision] = useState(initialRevision);
  /** The server's issues and the snapshot they describe. */
  const [server, setServer] = useState<{ fields: F; issues: DefinitionIssue[] } | null>(null);

  const latest = useRef(fields);
  const saved = useRef(fields);
  const revisionRef = useRef(initialRevision);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const leaving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
    latest.current = fields;
  });

  /** Saves until what is saved is what is on screen; edits made during a save go out right after it. */
  const run = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current || stopped.current) return;
    inFlight.current = true;
    try {
      while (latest.current !== saved.current && !stopped.current) {
        const snapshot = latest.current;
        setState({ kind: "saving" });
        let outcome: SaveResult;
        try {
          outcome = await saveRef.current(snapshot, revisionRef.current);
        } catch {
          outcome = { ok: false, code: "unavailable", message: OFFLINE, fieldErrors: {} };
        }
        if (!outcome.ok) {
          if (outcome.code === "conflict") stopped.current = true;
          setState({ kind: outcome.code === "conflict" ? "conflict" : "failed", message: outcome.message });
          return;
        }
        revisionRef.current = outcome.data.revision;
        saved.current = snapshot;
        setRevision(outcome.data.revision);
        setServer({ fields: snapshot, issues: outcome.data.issues });
        if (latest.current === snapshot) setState({ kind: "saved", at: outcome.data.savedAt });
      }
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    if (fields === saved.current || stopped.current) return;
    setState((s) => (s.kind === "saving" ? s : { kind: "pending" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), delayMs);
  }, [fields, delayMs, run]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

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

  /** For "Reload" after a conflict: the organiser chose to drop their version. */
  const allowLeaving = useCallback(() => {
    stopped.current = true;
    leaving.current = true;
  }, []);

  return { state, revision, server, retry: run, allowLeaving };
}

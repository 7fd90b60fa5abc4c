import type { ActionResult } from "@/lib/validation/action-result";
import type { DefinitionIssue } from "./issues";
import type { SaveState } from "./save-state";

export type SaveResult = ActionResult<{ revision: number; savedAt: string; issues: DefinitionIssue[] }>;

const OFFLINE = "the server could not be reached. Check your connection.";

/**
 * The autosave's logic without React: debounced saves, always with the last revision the server gave;
 * edits made while a save is on its way go out right after it (nothing typed is lost); a failure keeps
 * the edits for a retry or the next change; a conflict (someone else saved meanwhile) stops saving.
 * Drafts are compared by identity: every edit makes a new array.
 */
export function createDraftSaver<F>({
  initial,
  revision,
  save,
  delayMs,
  onState,
  onSaved,
  // Wrapped, not passed as is: browsers throw "Illegal invocation" when setTimeout is called off `window`.
  timers = {
    set: (run: () => void, ms: number) => setTimeout(run, ms),
    clear: (handle: never) => clearTimeout(handle),
  },
}: {
  initial: F;
  revision: number;
  save: (fields: F, revision: number) => Promise<SaveResult>;
  delayMs: number;
  onState: (state: SaveState) => void;
  onSaved: (saved: { fields: F; revision: number; issues: DefinitionIssue[] }) => void;
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (handle: never) => void };
}) {
  let latest = initial;
  let saved = initial;
  let currentRevision = revision;
  let inFlight = false;
  let stopped = false;
  let timer: unknown = null;

  const cancelTimer = () => {
    if (timer !== null) timers.clear(timer as never);
    timer = null;
  };

  const run = async () => {
    cancelTimer();
    if (inFlight || stopped) return;
    inFlight = true;
    try {
      while (latest !== saved && !stopped) {
        const snapshot = latest;
        onState({ kind: "saving" });
        let outcome: SaveResult;
        try {
          outcome = await save(snapshot, currentRevision);
        } catch {
          outcome = { ok: false, code: "unavailable", message: OFFLINE, fieldErrors: {} };
        }
        if (!outcome.ok) {
          if (outcome.code === "conflict") stopped = true;
          onState({ kind: outcome.code === "conflict" ? "conflict" : "failed", message: outcome.message });
          return;
        }
        currentRevision = outcome.data.revision;
        saved = snapshot;
        onSaved({ fields: snapshot, revision: currentRevision, issues: outcome.data.issues });
        if (latest === snapshot) onState({ kind: "saved", at: outcome.data.savedAt });
      }
    } finally {
      inFlight = false;
    }
  };

  return {
    change(fields: F) {
      latest = fields;
      if (stopped || fields === saved) return;
      if (!inFlight) onState({ kind: "pending" });
      cancelTimer();
      timer = timers.set(() => void run(), delayMs);
    },
    /** Saves now (the Retry button). */
    run,
    stop() {
      stopped = true;
      cancelTimer();
    },
    get revision() {
      return currentRevision;
    },
  };
}

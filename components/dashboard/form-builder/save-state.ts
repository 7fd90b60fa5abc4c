import { formatTimeOfDay } from "@/lib/format/date-time";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string };

/** The organiser's own clock: they saved a moment ago. */
function formatClock(iso: string): string {
  return formatTimeOfDay(new Date(iso));
}

/** The status line's words; "Retry" and "Reload" are buttons next to it. */
export function saveStatusText(state: SaveState, clock: (iso: string) => string = formatClock): string {
  switch (state.kind) {
    case "idle":
      return "All changes saved";
    case "pending":
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${clock(state.at)}`.trim();
    case "failed":
      return `Not saved: ${state.message}`;
    case "conflict":
      return `Not saved: ${state.message}`;
  }
}

/** Whether leaving now would lose something. */
export function hasUnsavedChanges(state: SaveState): boolean {
  return (
    state.kind === "pending" ||
    state.kind === "saving" ||
    state.kind === "failed" ||
    state.kind === "conflict"
  );
}

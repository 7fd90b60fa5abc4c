import type { Event } from "@/db/schema";

/**
 * An event's life: draft → published → closed, reopened back to published, and archived from anywhere
 * but archived (final: an archived event keeps its orders for the record but never comes back; duplicate
 * it instead). Pure, shared by the server (the authority) and the settings page (which buttons to show).
 */
export type EventStatus = Event["status"];

export type EventStatusAction = "publish" | "close" | "reopen" | "archive";

const transitions: Record<EventStatus, Partial<Record<EventStatus, EventStatusAction>>> = {
  draft: { published: "publish", archived: "archive" },
  published: { closed: "close", archived: "archive" },
  closed: { published: "reopen", archived: "archive" },
  archived: {},
};

export function canChangeEventStatus(from: EventStatus, to: EventStatus): boolean {
  return transitions[from][to] !== undefined;
}

/** The name of the change from one status to another ("reopen" for closed → published); null if illegal. */
export function eventStatusAction(from: EventStatus, to: EventStatus): EventStatusAction | null {
  return transitions[from][to] ?? null;
}

/** What can be done next from a status, in the order the settings page shows the buttons. */
export function nextEventStatuses(from: EventStatus): { to: EventStatus; action: EventStatusAction }[] {
  return Object.entries(transitions[from]).map(([to, action]) => ({ to: to as EventStatus, action }));
}

const labels: Record<EventStatus, string> = {
  draft: "Draft",
  published: "Published",
  closed: "Closed",
  archived: "Archived",
};

export function eventStatusLabel(status: EventStatus): string {
  return labels[status];
}

/** Why a change is refused, in the organiser's words. */
export function illegalEventStatusMessage(from: EventStatus, to: EventStatus): string {
  if (from === to) return `The event is already ${labels[from].toLowerCase()}.`;
  if (from === "archived") return "Archived events cannot change any more. Duplicate it to run it again.";
  return `A ${labels[from].toLowerCase()} event cannot become ${labels[to].toLowerCase()}.`;
}

/**
 * Maintenance mode (issue 14, ADR 027): pure rules, no imports from the server, so the Edge middleware, route
 * handlers, the order path and the dashboard all decide the same way.
 *
 *   off        everything works
 *   read_only  pages are served; ordering and cancelling are refused with the message, nothing is recorded
 *   closed     attendee pages answer 503 with Retry-After and the message
 *
 * The effective mode of an event is the stricter of the global mode and the event's own. The global mode is
 * the operator's stored setting unless MAINTENANCE_MODE is set in the environment (an emergency switch that
 * needs no database and no dashboard).
 */
export const MAINTENANCE_MODES = ["off", "read_only", "closed"] as const;
export type MaintenanceMode = (typeof MAINTENANCE_MODES)[number];

export type MaintenanceSetting = { mode: MaintenanceMode; message: string | null };

export type EffectiveMaintenance = {
  mode: MaintenanceMode;
  /** What attendees read: the message of the level that decided, or a default wording. */
  message: string;
  /** Which level decided (the event wins a tie, its message being the more specific). */
  source: "none" | "global" | "event";
};

/** The longest message an operator or organiser may set (validated by both settings forms). */
export const MAINTENANCE_MESSAGE_MAX = 500;

export const DEFAULT_MAINTENANCE_MESSAGES: Record<Exclude<MaintenanceMode, "off">, string> = {
  read_only:
    "The shop is in maintenance: you can look around, but ordering and cancelling are paused for a short while. Nothing was recorded.",
  closed: "The shop is closed for maintenance for a short while. Please come back soon.",
};

const STRICTNESS: Record<MaintenanceMode, number> = { off: 0, read_only: 1, closed: 2 };

export function isMaintenanceMode(value: unknown): value is MaintenanceMode {
  return typeof value === "string" && (MAINTENANCE_MODES as readonly string[]).includes(value);
}

/**
 * The global setting an instance obeys: MAINTENANCE_MODE (off, read_only or closed) replaces the stored mode
 * when set, and MAINTENANCE_MESSAGE the stored message. An unknown value is ignored with the stored setting kept
 * (lib/env.ts refuses it at start, so it cannot get this far in a running server).
 */
export function globalMaintenance(
  stored: MaintenanceSetting | null | undefined,
  environment: { MAINTENANCE_MODE?: string | undefined; MAINTENANCE_MESSAGE?: string | undefined },
): MaintenanceSetting {
  const envMode = environment.MAINTENANCE_MODE?.trim();
  const envMessage = environment.MAINTENANCE_MESSAGE?.trim();
  const base = stored ?? { mode: "off", message: null };
  return {
    mode: isMaintenanceMode(envMode) ? envMode : base.mode,
    message: envMessage ? envMessage : base.message,
  };
}

/** The stricter of the global and the event's setting, with the message attendees read. */
export function effectiveMaintenance(
  global: MaintenanceSetting,
  event: MaintenanceSetting | null | undefined,
): EffectiveMaintenance {
  const own = event ?? { mode: "off", message: null };
  const eventDecides = STRICTNESS[own.mode] >= STRICTNESS[global.mode];
  const decided = eventDecides ? own : global;
  if (decided.mode === "off") return { mode: "off", message: "", source: "none" };
  const message = decided.message?.trim() || DEFAULT_MAINTENANCE_MESSAGES[decided.mode];
  return { mode: decided.mode, message, source: eventDecides ? "event" : "global" };
}

/** The refusal an attendee reads when ordering or cancelling in maintenance: the message, and that nothing happened. */
export function maintenanceRefusal(effective: EffectiveMaintenance): string {
  const message = effective.message.trim();
  return /nothing was (recorded|changed)/i.test(message) ? message : `${message} Nothing was recorded.`;
}

/** Ordering and cancelling are refused in read_only and closed. */
export function refusesWrites(mode: MaintenanceMode): boolean {
  return mode !== "off";
}

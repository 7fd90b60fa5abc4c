import { z } from "zod";
import { text } from "@/lib/validation/text";
import { MAINTENANCE_MESSAGE_MAX, MAINTENANCE_MODES } from "./mode";

/**
 * The maintenance settings forms' inputs (ADR 027), checked in the browser by react-hook-form and again by the
 * server actions. An empty message is stored as null: attendees then read the default wording.
 */
const setting = {
  mode: z.enum(MAINTENANCE_MODES, "Choose off, read-only or closed"),
  // Null too: the form posts what this schema made of "" (null), and the action parses it again.
  message: text()
    .trim()
    .max(MAINTENANCE_MESSAGE_MAX, `Keep the message under ${MAINTENANCE_MESSAGE_MAX} characters`)
    .nullable()
    .transform((m) => (m === "" || m === null ? null : m)),
};

export const globalMaintenanceSchema = z.object(setting);

export const eventMaintenanceSchema = z.object({ orgId: z.uuid(), eventId: z.uuid(), ...setting });

export const MAINTENANCE_MODE_LABELS = {
  off: "Off: the shop works as usual",
  read_only: "Read-only: pages are shown, ordering and cancelling are paused",
  closed: "Closed: attendee pages answer “closed for maintenance”",
} as const;

import { z } from "zod";
import { limits } from "@/lib/limits";
import { text } from "@/lib/validation/text";

/** The attendee's address an owner types on the privacy page (shared by the form, the actions and the export). */
export const attendeeEmail = text()
  .trim()
  .min(1, "Enter the attendee's email address")
  .max(limits.emailMaxLength, "That email address is too long")
  .pipe(z.email("Enter an email address like name@example.com"));

export const privacyEmailInput = z.object({ orgId: z.uuid(), email: attendeeEmail });
export const privacyEventInput = z.object({ orgId: z.uuid(), eventId: z.uuid() });

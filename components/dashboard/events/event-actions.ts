import type { z } from "zod";
import type { SlugAvailability } from "@/lib/events/manage/check-slug";
import type { duplicateEventFormSchema, EventFormValues } from "@/lib/events/manage/event-schema";
import type { EventStatus } from "@/lib/events/manage/status-machine";
import type { ActionResult } from "@/lib/validation/action-result";

/**
 * The server actions the event components call, as the route passes them in (components never import from
 * app/: docs/architecture.md). app/dashboard/[orgId]/events/actions.ts implements them; a page passing one
 * that does not fit these types fails the type check.
 */
export type CreateEventAction = (
  input: EventFormValues & { orgId: string },
) => Promise<ActionResult<{ eventId: string }>>;

export type UpdateEventAction = (
  input: EventFormValues & { orgId: string; eventId: string },
) => Promise<ActionResult<{ changed: string[] }>>;

export type DuplicateEventAction = (
  input: z.input<typeof duplicateEventFormSchema> & { orgId: string; eventId: string },
) => Promise<ActionResult<{ eventId: string }>>;

export type ChangeEventStatusAction = (input: {
  orgId: string;
  eventId: string;
  to: Exclude<EventStatus, "draft">;
}) => Promise<ActionResult<unknown>>;

export type CheckSlugAction = (input: {
  orgId: string;
  slug: string;
  eventId?: string;
}) => Promise<ActionResult<SlugAvailability>>;

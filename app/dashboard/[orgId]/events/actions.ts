"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { changeEventStatus } from "@/lib/events/manage/change-event-status";
import { checkSlugAvailability as checkSlug } from "@/lib/events/manage/check-slug";
import { createEvent } from "@/lib/events/manage/create-event";
import { duplicateEvent } from "@/lib/events/manage/duplicate-event";
import {
  createEventInputSchema,
  duplicateEventInputSchema,
  toEventValues,
  updateEventInputSchema,
} from "@/lib/events/manage/event-schema";
import { eventStatusAction } from "@/lib/events/manage/status-machine";
import { updateEvent } from "@/lib/events/manage/update-event";
import { copyPageAsDraft, publishStartingPage } from "@/lib/pages/drafts/templates";

/** The attendees' cached landing page (ISR, app/s/[slug]/page.tsx) shows the event: refresh it now. */
function revalidateShop(...slugs: string[]) {
  for (const slug of new Set(slugs)) revalidatePath(`/s/${slug}`);
}

export const createEventAction = orgAction({
  name: "createEvent",
  permission: "events.manage",
  input: createEventInputSchema,
  run: async ({ db, user, member, input }) => {
    const event = await createEvent({
      db,
      orgId: member.orgId,
      actorUserId: user.id,
      values: toEventValues(input),
      setUpPage: publishStartingPage,
    });
    return ok(`Created ${event.name} as a draft. Add its items next.`, { eventId: event.id });
  },
});

export const updateEventAction = orgAction({
  name: "updateEvent",
  permission: "events.manage",
  input: updateEventInputSchema,
  run: async ({ db, user, member, input }) => {
    const { event, changed, previousSlug } = await updateEvent({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      actorUserId: user.id,
      values: toEventValues(input),
    });
    if (changed.length === 0) return ok("Nothing to save: no field was changed.", { changed });
    revalidateShop(previousSlug, event.slug);
    return ok("Saved the event’s settings.", { changed });
  },
});

const statusMessages = {
  publish: "Published. Attendees can now see the shop.",
  reopen: "Reopened. Attendees can order again.",
  close: "Closed. Attendees can no longer order.",
  archive: "Archived. The event is read-only from now on.",
} as const;

export const changeEventStatusAction = orgAction({
  name: "changeEventStatus",
  permission: "events.manage",
  input: z.object({
    orgId: z.uuid(),
    eventId: z.uuid(),
    to: z.enum(["published", "closed", "archived"], { error: "Choose publish, close or archive" }),
  }),
  run: async ({ db, user, member, input }) => {
    const result = await changeEventStatus({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      actorUserId: user.id,
      to: input.to,
    });
    revalidateShop(result.slug);
    const action = eventStatusAction(result.from, result.to) ?? "publish";
    const page = result.pagePublished ? " Its newest landing page version was published with it." : "";
    return ok(`${statusMessages[action]}${page}`, { from: result.from, to: result.to });
  },
});

export const duplicateEventAction = orgAction({
  name: "duplicateEvent",
  permission: "events.manage",
  input: duplicateEventInputSchema,
  run: async ({ db, user, member, input }) => {
    const { event, copied } = await duplicateEvent({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      actorUserId: user.id,
      name: input.name,
      slug: input.slug,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      copyPageDraft: copyPageAsDraft,
    });
    const parts = [
      `${copied.items} item${copied.items === 1 ? "" : "s"} with ${copied.variants} variant${copied.variants === 1 ? "" : "s"} (stock set to 0)`,
      copied.formCopied ? "the order form" : null,
      copied.pageCopied ? "the landing page as an unpublished draft" : null,
    ].filter(Boolean);
    return ok(`Created ${event.name} as a draft with ${parts.join(", ")}.`, { eventId: event.id, copied });
  },
});

/** The slug field's live check, called as the organiser types (a hint; saving checks again). */
export const checkSlugAvailability = orgAction({
  name: "checkSlugAvailability",
  permission: "events.manage",
  input: z.object({
    orgId: z.uuid(),
    slug: text().max(200, "At most 200 characters"),
    eventId: z.uuid().optional(),
  }),
  run: async ({ db, member, input }) => {
    const availability = await checkSlug({
      db,
      orgId: member.orgId,
      slug: input.slug,
      eventId: input.eventId,
    });
    return ok(availability.message, availability);
  },
});

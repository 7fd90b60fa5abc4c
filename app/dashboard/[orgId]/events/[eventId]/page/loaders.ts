import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { getOrgEvent } from "@/lib/events/org-event";
import { loadPublicItems } from "@/lib/events/queries";
import { orderingWindow } from "@/lib/events/window";
import { formatEventDates } from "@/lib/format/date-time";
import { loadPageDraft } from "@/lib/pages/drafts/load-draft";
import { listPageVersions } from "@/lib/pages/drafts/versions";
import { listLibraryImages } from "@/lib/pages/drafts/library-images";
import { listActivePreviewLinks } from "@/lib/pages/preview/preview-links";
import { eventUrl } from "@/lib/tenancy/event-url";

const pageRef = z.object({ orgId: z.uuid(), eventId: z.uuid() });

/**
 * The page editor's data. Every role that sees the event's details may look at its page ("events.details"; the page holds
 * no personal data); `canEdit` ("landing.manage": owner, organiser, marketer) decides between the editor and
 * a read-only view, and the actions check it again. What the preview needs besides the draft is the catalog
 * (items, variants, stock) and the organisation's images: nothing about orders or attendees.
 */
export const loadPageEditor = orgLoader({
  name: "loadPageEditor",
  permission: "events.details",
  input: pageRef,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const now = new Date();
    const canEdit = member.can("landing.manage");
    const [draft, images, items, previewLinks] = await Promise.all([
      loadPageDraft(db, { orgId: member.orgId, eventId: event.id }),
      listLibraryImages(db, { orgId: member.orgId, timeZone: event.timeZone }),
      // The event was resolved within the member's organisation; the items' images are scoped to it too.
      loadPublicItems(db, event.id),
      // Only those who can make and revoke links see them.
      canEdit ? listActivePreviewLinks(db, { orgId: member.orgId, eventId: event.id, now }) : [],
    ]);
    return {
      previewLinks: previewLinks.map((link) => ({
        ...link,
        createdAt: link.createdAt.toISOString(),
        expiresAt: link.expiresAt.toISOString(),
      })),
      draft: { ...draft, updatedAt: draft.updatedAt.toISOString() },
      images,
      context: {
        event: {
          name: event.name,
          timeZone: event.timeZone,
          currency: event.currency,
          dates: formatEventDates(event.startsAt, event.endsAt, event.timeZone) || null,
        },
        ordering: orderingWindow(event, now),
        items,
        now: now.toISOString(),
      },
      shopUrl: eventUrl(event.slug),
      canEdit,
    };
  },
});

/** The published versions (who and when), and the draft's revision, which a restore must name. */
export const loadPageVersions = orgLoader({
  name: "loadPageVersions",
  permission: "events.details",
  input: pageRef,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const [versions, draft] = await Promise.all([
      listPageVersions(db, { orgId: member.orgId, eventId: event.id }),
      loadPageDraft(db, { orgId: member.orgId, eventId: event.id }),
    ]);
    return {
      timeZone: event.timeZone,
      versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
      draftRevision: draft.revision,
      canEdit: member.can("landing.manage"),
    };
  },
});

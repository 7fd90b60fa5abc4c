"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/actions/define";
import { limits } from "@/lib/limits";
import { createPreviewLink } from "@/lib/pages/preview/create-preview-link";
import { revokePreviewLink } from "@/lib/pages/preview/preview-links";
import { ok } from "@/lib/validation/action-result";

const pagePath = (orgId: string, eventId: string) => `/dashboard/${orgId}/events/${eventId}/page`;

/**
 * "Preview": a private, expiring link that shows the page's draft on the event's own subdomain to anyone who
 * has it (a phone, a colleague), without signing in, also while the event is still a draft (ADR 022). It is
 * recorded, so the Page tab lists it until it expires or is revoked (ADR 031).
 */
export const createPagePreviewLink = orgAction({
  name: "createPagePreviewLink",
  permission: "landing.manage",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid() }),
  run: async ({ db, actor, input: { eventId } }) => {
    const link = await createPreviewLink({ db, orgId: actor.orgId, eventId, userId: actor.userId });
    revalidatePath(pagePath(actor.orgId, eventId));
    return ok(`Preview link ready. It works for ${limits.pagePreviewTtlHours} hours for anyone who has it.`, {
      url: link.url,
      expiresAt: link.expiresAt.toISOString(),
    });
  },
});

/** Revokes one preview link: it answers "not found" from now on; the event's other links keep working. */
export const revokePagePreviewLink = orgAction({
  name: "revokePagePreviewLink",
  permission: "landing.manage",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid(), linkId: z.uuid() }),
  run: async ({ db, actor, input: { eventId, linkId } }) => {
    await revokePreviewLink(db, { actor, eventId, linkId });
    revalidatePath(pagePath(actor.orgId, eventId));
    return ok("Preview link revoked. Anyone opening it now sees “not found”.");
  },
});

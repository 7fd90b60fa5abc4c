"use server";

import { z } from "zod";
import { orgAction } from "@/lib/actions/define";
import { limits } from "@/lib/limits";
import { createPreviewLink } from "@/lib/pages/preview/create-preview-link";
import { ok } from "@/lib/validation/action-result";

/**
 * "Preview": a private, expiring link that shows the page's draft on the event's own subdomain to anyone who
 * has it (a phone, a colleague), without signing in, also while the event is still a draft (ADR 022).
 */
export const createPagePreviewLink = orgAction({
  name: "createPagePreviewLink",
  permission: "landing.manage",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid() }),
  run: async ({ db, member, input: { eventId } }) => {
    const link = await createPreviewLink({ db, orgId: member.orgId, eventId });
    return ok(`Preview link ready. It works for ${limits.pagePreviewTtlHours} hours for anyone who has it.`, {
      url: link.url,
      expiresAt: link.expiresAt.toISOString(),
    });
  },
});

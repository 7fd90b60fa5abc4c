"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { limitMemberAction } from "@/lib/actions/member-rate-limit";
import { uploadEventImage } from "@/lib/events/upload-event-image";
import { toLibraryImage } from "@/lib/pages/drafts/library-image";
import { publishPageDraft } from "@/lib/pages/drafts/publish";
import { restorePageVersion as restoreVersion } from "@/lib/pages/drafts/restore";
import { savePageDraft as saveDraft } from "@/lib/pages/drafts/save-draft";
import {
  publishPageSchema,
  restorePageVersionSchema,
  savePageDraftSchema,
  uploadPageImageSchema,
} from "@/lib/pages/drafts/schemas";
import { ok } from "@/lib/validation/action-result";

const pagePath = (orgId: string, eventId: string) => `/dashboard/${orgId}/events/${eventId}/page`;

/**
 * Autosave. Stores the document and theme even while they are not valid yet (bounded in size), refuses a
 * save based on a stale revision, and returns what would stop publishing for the editor to show. No
 * revalidation: the editor holds the draft.
 */
export const savePageDraft = orgAction({
  name: "savePageDraft",
  permission: "landing.manage",
  input: savePageDraftSchema,
  run: async ({ db, actor, input: { eventId, revision, document, theme } }) => {
    const saved = await saveDraft(db, { actor, eventId, revision, document, theme });
    const clean =
      saved.errors.length === 0 &&
      Object.keys(saved.themeErrors).length === 0 &&
      saved.contrast.every((c) => c.passes);
    return ok(clean ? "Draft saved." : "Draft saved; fix the marked problems to publish.", {
      revision: saved.revision,
      savedAt: saved.savedAt.toISOString(),
      errors: saved.errors,
      themeErrors: saved.themeErrors,
      contrast: saved.contrast,
    });
  },
});

/** The draft becomes the next published version; the cached public pages are refreshed at once. */
export const publishPage = orgAction({
  name: "publishPage",
  permission: "landing.manage",
  input: publishPageSchema,
  run: async ({ db, actor, input: { orgId, eventId, revision } }) => {
    const published = await publishPageDraft(db, { actor, eventId, revision });
    // "layout": the landing page and everything under the shop (order page, Open Graph image) use the page.
    revalidatePath(`/s/${published.event.slug}`, "layout");
    revalidatePath(pagePath(orgId, eventId), "layout");
    return ok(`Published version ${published.version}. Attendees see it now.`, {
      version: published.version,
    });
  },
});

export const restorePageVersion = orgAction({
  name: "restorePageVersion",
  permission: "landing.manage",
  input: restorePageVersionSchema,
  run: async ({ db, actor, input: { orgId, eventId, version, revision } }) => {
    const restored = await restoreVersion(db, { actor, eventId, version, revision });
    revalidatePath(pagePath(orgId, eventId), "layout");
    return ok(`Version ${version} is now the draft. Publish it to show it to attendees.`, restored);
  },
});

/** Takes FormData (the file cannot travel as JSON); the body size limit is set in next.config.ts. */
export const uploadPageImage = orgAction({
  name: "uploadPageImage",
  permission: "landing.manage",
  input: uploadPageImageSchema,
  run: async ({ db, user, member, input: { eventId, file } }) => {
    await limitMemberAction(db, { userId: user.id, policy: "uploadPerMember" });
    const { blob, event } = await uploadEventImage({ db, orgId: member.orgId, eventId, file });
    return ok("Image uploaded.", toLibraryImage(blob, event.timeZone));
  },
});

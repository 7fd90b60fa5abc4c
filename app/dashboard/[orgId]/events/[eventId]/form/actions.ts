"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { limitMemberAction } from "@/lib/actions/member-rate-limit";
import { ok } from "@/lib/validation/action-result";
import { publishDraft } from "@/lib/forms/builder/publish";
import { restoreVersion } from "@/lib/forms/builder/restore";
import { saveDraft } from "@/lib/forms/builder/save-draft";
import {
  publishFormSchema,
  restoreFormVersionSchema,
  saveFormDraftSchema,
  uploadFormImageSchema,
} from "@/lib/forms/builder/schemas";
import { uploadFormImage as storeFormImage } from "@/lib/forms/builder/upload-image";

const formPath = (orgId: string, eventId: string) => `/dashboard/${orgId}/events/${eventId}/form`;

/**
 * Autosave. Stores the fields even while they are not valid yet (bounded in size), refuses a save based on a
 * stale revision, and returns the definitions' issues for the builder to show next to each input. No
 * revalidation: the builder holds the draft, and a page refresh per keystroke pause would be waste.
 */
export const saveFormDraft = orgAction({
  name: "saveFormDraft",
  permission: "form.manage",
  input: saveFormDraftSchema,
  run: async ({ db, actor, input: { eventId, fields, revision } }) => {
    const saved = await saveDraft({ db, actor, eventId, fields, revision });
    return ok(saved.issues.length === 0 ? "Draft saved." : "Draft saved; fix the marked fields to publish.", {
      revision: saved.revision,
      savedAt: saved.savedAt.toISOString(),
      issues: saved.issues,
    });
  },
});

/** The draft becomes the next immutable version: the attendees' order page asks it from now on. */
export const publishForm = orgAction({
  name: "publishForm",
  permission: "form.manage",
  input: publishFormSchema,
  run: async ({ db, actor, input: { orgId, eventId, revision } }) => {
    const published = await publishDraft({ db, actor, eventId, revision });
    revalidatePath(formPath(orgId, eventId), "layout");
    revalidatePath(`/s/${published.event.slug}`, "layout");
    return ok(`Published version ${published.version}. New orders use it; earlier orders keep theirs.`, {
      version: published.version,
    });
  },
});

export const restoreFormVersion = orgAction({
  name: "restoreFormVersion",
  permission: "form.manage",
  input: restoreFormVersionSchema,
  run: async ({ db, actor, input: { orgId, eventId, version, revision } }) => {
    const restored = await restoreVersion({ db, actor, eventId, version, revision });
    revalidatePath(formPath(orgId, eventId), "layout");
    return ok(`Version ${version} is now the draft. Publish it to use it for new orders.`, restored);
  },
});

/** Takes FormData (the file cannot travel as JSON); the body size limit is set in next.config.ts. */
export const uploadFormImage = orgAction({
  name: "uploadFormImage",
  permission: "form.manage",
  input: uploadFormImageSchema,
  run: async ({ db, actor, user, input: { eventId, file } }) => {
    await limitMemberAction(db, { userId: user.id, policy: "uploadPerMember" });
    const image = await storeFormImage({ db, actor, eventId, file });
    return ok("Image uploaded.", image);
  },
});

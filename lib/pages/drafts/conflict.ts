import { reject } from "@/lib/validation/action-result";

/** The one message of a stale save, publish or restore (the issue 11 contract): the editor shows it as is. */
export const STALE_PAGE_DRAFT_MESSAGE =
  "Someone else saved this page since you opened it. Reload to see their changes; your last edit was not saved.";

export function rejectStalePageDraft(): never {
  return reject("conflict", STALE_PAGE_DRAFT_MESSAGE);
}

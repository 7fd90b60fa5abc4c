import "server-only";
import type { Db } from "@/db/client";
import { reject } from "@/lib/validation/action-result";
import { isUniqueViolation } from "@/lib/db-errors/classify";
import { SLUG_TAKEN_MESSAGE } from "./check-slug";
import { isSlugTaken } from "./queries";

const refuseTaken = (): never =>
  reject("invalid_input", "Please correct the highlighted fields.", { slug: [SLUG_TAKEN_MESSAGE] });

/** Refuses a slug another event uses, before writing: the usual case, with the field's message. */
export async function assertSlugFree(db: Db, slug: string, exceptEventId?: string): Promise<void> {
  if (await isSlugTaken({ db, slug, exceptEventId })) refuseTaken();
}

/**
 * Runs a write that sets a slug. Two organisers racing for the same slug both pass assertSlugFree; the
 * unique index (events_slug_key) stops the second, whose failure becomes the same field error.
 */
export async function withUniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "events_slug_key")) refuseTaken();
    throw error;
  }
}

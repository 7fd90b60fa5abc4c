import { z } from "zod";
import { limits } from "@/lib/limits";
import { text } from "@/lib/validation/text";

/** Field schemas shared by the blocks: the same limits and messages in every block's panel. */

const tooLong = (max: number) => `Use at most ${max.toLocaleString("en")} characters`;

export const shortText = () =>
  text().trim().max(limits.pageShortTextMaxLength, tooLong(limits.pageShortTextMaxLength));

export const requiredShortText = (what: string) => shortText().min(1, `Enter ${what}`);

/** Markdown, rendered through the sanitising renderer: never raw HTML on the page. */
export const markdownText = () =>
  text().max(limits.pageLongTextMaxLength, tooLong(limits.pageLongTextMaxLength));

/** An uploaded image (a row in `blobs`); whether it belongs to this organisation is checked on save. */
export const imageRef = z.object({ blobId: z.uuid("Choose an uploaded image") });

export const requiredAlt = () =>
  shortText().min(1, "Describe the image for people who cannot see it (alt text is required)");

/** Puck's block id ("Hero-1f0c…"): what errors point back to in the editor. */
export const blockId = text().regex(/^[A-Za-z0-9_-]{1,100}$/, "Invalid block id");

export const listOf = <T extends z.ZodType>(
  entry: T,
  what: string,
  max: number = limits.pageListEntriesMax,
) => z.array(entry).max(max, `Use at most ${max} ${what}`);

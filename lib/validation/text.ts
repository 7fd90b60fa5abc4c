import { z } from "zod";

/**
 * Text that Postgres can store and that the browser sent intact. Two things in a JavaScript string cannot
 * be stored: a NUL (text columns refuse 0x00, jsonb refuses \u0000) and a lone UTF-16 surrogate (jsonb
 * refuses the escape; a text column would silently store U+FFFD instead of what was typed). Both reached
 * the database as a 500 before (issue 9). Every zod string the app accepts goes through `text()` (lint
 * forbids a bare `z.string()`), so the refusal is a field error everywhere, attendee and dashboard alike.
 */
export const UNSTORABLE_TEXT_MESSAGE =
  "This contains a character that cannot be saved (a null character or a broken emoji). Remove it and try again";

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * The refinement on its own, for string schemas built elsewhere (`.check(storableText)`). It aborts, so a
 * pattern or format check never runs on text that is refused anyway.
 */
const storableText = z.refine<string>(isStorableText, { error: UNSTORABLE_TEXT_MESSAGE, abort: true });

/** `z.string()` that refuses unstorable text first; chain `.trim()`, `.min()`, `.pipe(z.email())` as usual. */
export function text(params?: Parameters<typeof z.string>[0]) {
  // eslint-disable-next-line no-restricted-syntax -- the one place a bare string schema is built
  return z.string(params).check(storableText);
}

import type { FieldDefinition } from "@/lib/forms/definitions";
import { isInputField } from "@/lib/forms/definitions";

/**
 * Field types whose answers are free text typed by the attendee: whatever the personal flag says, people write
 * names, phone numbers and health details into them, so erasure removes them (issue 13, ADR 026).
 */
const FREE_TEXT_TYPES = new Set(["short_text", "long_text", "email", "phone", "address"]);

/** An answer survives erasure only when its field is known, not flagged personal and not free text. */
export function isErasableField(field: FieldDefinition | undefined): boolean {
  if (!field || !isInputField(field)) return true;
  return field.personal || FREE_TEXT_TYPES.has(field.type);
}

/**
 * The answers that remain after erasure: those of non-personal, non-free-text fields of the order's own form
 * version (a t-shirt fit, a yes/no, a consent record, which holds only the organiser's text and the time).
 * Keys the version does not know are removed: nobody can say whether they are personal.
 */
export function keepNonPersonalAnswers(
  fields: readonly FieldDefinition[] | null,
  answers: Record<string, unknown>,
): { kept: Record<string, unknown>; removed: number } {
  const byKey = new Map((fields ?? []).map((f) => [f.key, f]));
  const kept: Record<string, unknown> = {};
  let removed = 0;
  for (const [key, value] of Object.entries(answers)) {
    if (isErasableField(byKey.get(key))) removed += 1;
    else kept[key] = value;
  }
  return { kept, removed };
}

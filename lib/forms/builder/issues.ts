import type { z } from "zod";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definitions";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { addFieldError } from "@/lib/validation/field-errors";

/** A problem of a draft, located from the field's index: [3, "label"], [0, "options", 2, "value"]. */
export type DraftIssue = { path: (string | number)[]; message: string };

export type DraftCheck = { ok: true; fields: FormDefinition } | { ok: false; issues: DraftIssue[] };

/**
 * Checks a draft exactly as publishing will (the definitions schema, then the cross-field checks), so the
 * builder shows the same messages next to each input before anyone presses "Publish".
 */
export function checkDraft(fields: unknown): DraftCheck {
  const parsed = formDefinitionSchema.safeParse(fields);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toDraftIssue) };
}

export function draftIssues(fields: unknown): DraftIssue[] {
  const check = checkDraft(fields);
  return check.ok ? [] : check.issues;
}

function toDraftIssue(issue: z.core.$ZodIssue): DraftIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    // Unknown properties are stripped by the schema's objects, so this only names them for completeness.
    return { path, message: `Not expected: ${issue.keys.join(", ")}` };
  }
  return { path, message: issue.message };
}

/** The action's field errors: "fields.3.label", "fields.0.options.2.value"; a whole-form issue is "fields". */
export function draftIssuesToFieldErrors(issues: readonly DraftIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) addFieldError(errors, ["fields", ...issue.path].join("."), issue.message);
  return errors;
}

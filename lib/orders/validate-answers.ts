import { compileAnswersSchema } from "@/lib/forms/compile";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { addFieldError, issuesToFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

type FormVersion = { id: string; fields: FieldDefinition[] };

/** Form versions are immutable, so a compiled schema can be reused for as long as the process lives. */
const compiled = new Map<string, ReturnType<typeof compileAnswersSchema>>();
const CACHE_MAX = 200;

function schemaFor(form: FormVersion) {
  let schema = compiled.get(form.id);
  if (!schema) {
    schema = compileAnswersSchema(form.fields);
    if (compiled.size >= CACHE_MAX) compiled.delete(compiled.keys().next().value as string);
    compiled.set(form.id, schema);
  }
  return schema;
}

/**
 * Checks answers against the form version the order is placed against, returning what is stored (hidden
 * fields stripped by the compiled schema). Without a form, there is nothing to answer.
 */
export function validateAnswers({
  formVersion,
  answers,
}: {
  formVersion: FormVersion | null;
  answers: unknown;
}): { ok: true; answers: Record<string, unknown> } | { ok: false; fieldErrors: FieldErrors } {
  if (!formVersion) {
    const keys = isRecord(answers) ? Object.keys(answers) : [];
    if (keys.length === 0) return { ok: true, answers: {} };
    const fieldErrors: FieldErrors = {};
    for (const key of keys) addFieldError(fieldErrors, `answers.${key}`, "This field is not expected");
    return { ok: false, fieldErrors };
  }
  const result = schemaFor(formVersion).safeParse(answers);
  if (!result.success) return { ok: false, fieldErrors: issuesToFieldErrors(result.error.issues, "answers") };
  if (!isRecord(result.data)) return { ok: false, fieldErrors: { answers: ["Answers must be an object"] } };
  return { ok: true, answers: result.data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

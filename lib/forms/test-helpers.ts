import type { z } from "zod";
import { formDefinitionSchema, type FieldDefinitionInput, type FormDefinition } from "./definitions";

/** Parses a form for a test; throws with the issues if the definition itself is invalid. */
export function define(fields: FieldDefinitionInput[]): FormDefinition {
  return formDefinitionSchema.parse(fields);
}

/** Issues as { path, message } pairs, the part of an error that tests care about. */
export function issuesOf(result: z.ZodSafeParseResult<unknown>): { path: PropertyKey[]; message: string }[] {
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

import { z } from "zod";
import { limits } from "@/lib/limits";
import { fieldDefinitionSchema } from "./field-schemas";
import { validateFormDefinition } from "./validate-definition";

export * from "./field-schemas";

/**
 * A whole form: at most limits.fieldsPerForm fields, then the checks that need several fields
 * (unique keys, conditions, ranges, defaults) from validateFormDefinition. The latter only run once
 * every field parsed on its own, so their messages never talk about half-understood input.
 */
export const formDefinitionSchema = z
  .array(fieldDefinitionSchema, { error: "A form is a list of fields" })
  .max(limits.fieldsPerForm, `A form can have at most ${limits.fieldsPerForm} fields`)
  .superRefine((fields, ctx) => {
    for (const issue of validateFormDefinition(fields)) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input: fields });
    }
  });

export { isDisplayField, isInputField, opsByTargetType } from "./field-kinds";
export { validateFormDefinition };
export type { FormDefinitionIssue } from "./validate-definition";

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";
import { answerRule, type AnswerRule, type Answers } from "./answer-rules";
import type { FieldDefinition } from "./definitions";
import { isInputField } from "./field-kinds";
import { answerOf, isShown } from "./visibility";

export type { AddressAnswer, AnswerValue, Answers, ConsentAnswer } from "./answer-rules";
export { visibleFields, visibleKeys } from "./visibility";

export type CompileOptions = {
  /** The clock that stamps consent; injectable for tests. */
  now?: () => Date;
};

/**
 * The answers schema of a form: the same schema validates in the browser (zodResolver, nested as
 * `answers` in the order form's schema) and on the server. Input is a plain object keyed by field
 * key; output keeps only the visible fields that have an answer, normalised, in form order.
 *
 * Visibility is evaluated in field order. For the condition of a later field, an earlier field's
 * value is its normalised answer when it is valid and its raw value otherwise, so the fields the
 * server checks are exactly the ones the renderer shows while the attendee is still fixing errors.
 */
export function compileAnswersSchema(fields: readonly FieldDefinition[], options: CompileOptions = {}) {
  const now = options.now ?? (() => new Date());
  const inputs = fields.filter(isInputField);
  const rules = new Map<string, AnswerRule>(
    inputs.map((field) => [field.key, answerRule(field, { required: true, now })]),
  );

  return z
    .record(text(), z.unknown(), { error: "Answers must be an object keyed by field" })
    .transform((raw, ctx): Answers => {
      const unknownKeys = Object.keys(raw).filter((key) => !rules.has(key));
      if (unknownKeys.length > 0) {
        ctx.addIssue({
          code: "unrecognized_keys",
          keys: unknownKeys,
          message: `This form has no field ${unknownKeys.map((k) => `“${k}”`).join(", ")}`,
          input: raw,
        });
      }

      const answers: Answers = {};
      const conditionValues = new Map<string, unknown>();
      const shown = new Set<string>();
      for (const field of fields) {
        if (!isShown(field, shown, (key) => conditionValues.get(key))) continue;
        shown.add(field.key);
        const rule = rules.get(field.key);
        if (!rule) continue; // a display block: never has an answer

        const value = answerOf(raw, field.key);
        const result = rule.safeParse(value);
        if (result.success) {
          if (result.data !== undefined) answers[field.key] = result.data;
          conditionValues.set(field.key, result.data);
        } else {
          for (const issue of result.error.issues) {
            ctx.addIssue({
              code: "custom",
              message: issue.message,
              path: [field.key, ...issue.path],
              input: value,
            });
          }
          conditionValues.set(field.key, value);
        }
      }

      const bytes = new TextEncoder().encode(JSON.stringify(answers)).length;
      if (bytes > limits.answersJsonBytes) {
        ctx.addIssue({
          code: "custom",
          message: "Your answers are too long altogether. Shorten the longest ones and try again.",
          input: raw,
        });
      }
      return answers;
    });
}

// Kept importable from here; the order form imports it directly to stay free of zod.
export { defaultAnswers } from "./default-answers";

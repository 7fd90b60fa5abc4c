import type { FieldDefinition, VisibilityCondition } from "./definitions";

/**
 * Conditional visibility, shared by the compiler (server and browser), the renderer and the answer
 * formatting, so "shown" means the same everywhere. Works on raw form values as well as on parsed,
 * stored answers (a consent is `true` in the form and `{ accepted: true, … }` once stored).
 */

/** Whether a condition holds for the target field's current value. */
export function conditionMet(condition: VisibilityCondition, value: unknown): boolean {
  switch (condition.op) {
    case "checked":
      return (
        value === true ||
        (typeof value === "object" && value !== null && "accepted" in value && value.accepted === true)
      );
    case "includes":
      return Array.isArray(value) && value.some((v) => typeof v === "string" && v.trim() === condition.value);
    case "equals":
      return typeof value === "string" && value.trim() === condition.value;
  }
}

/** An own property only: a key never reaches Object.prototype. */
export function answerOf(answers: unknown, key: string): unknown {
  if (typeof answers !== "object" || answers === null) return undefined;
  return Object.hasOwn(answers, key) ? Reflect.get(answers, key) : undefined;
}

/**
 * Keys of the fields that are shown, evaluated in field order: a field whose condition's target is
 * itself hidden is hidden too (its answer counts as absent).
 */
export function visibleKeys(fields: readonly FieldDefinition[], answers: unknown): Set<string> {
  const visible = new Set<string>();
  for (const field of fields) {
    if (isShown(field, visible, (key) => answerOf(answers, key))) visible.add(field.key);
  }
  return visible;
}

/** One step of the evaluation above, for callers that walk the fields themselves. */
export function isShown(
  field: FieldDefinition,
  visibleSoFar: ReadonlySet<string>,
  valueOf: (key: string) => unknown,
): boolean {
  const condition = field.visibleWhen;
  return (
    !condition || (visibleSoFar.has(condition.field) && conditionMet(condition, valueOf(condition.field)))
  );
}

/** The fields (display blocks included) shown for these answers, in form order. */
export function visibleFields<F extends FieldDefinition>(fields: readonly F[], answers: unknown): F[] {
  const visible = visibleKeys(fields, answers);
  return fields.filter((field) => visible.has(field.key));
}

import type { z } from "zod";

/** Errors by field path ("attendee.email", "lines.0.quantity", "answers.dietary_needs"); "form" for the whole. */
export type FieldErrors = Record<string, string[]>;

export function addFieldError(errors: FieldErrors, key: string, message: string): void {
  // Own properties only: a field named "constructor" or "__proto__" (an attendee can send any key) must not
  // read, or write to, what every object inherits.
  const list = Object.hasOwn(errors, key) ? errors[key]! : [];
  if (!list.includes(message)) list.push(message);
  Object.defineProperty(errors, key, { value: list, enumerable: true, writable: true, configurable: true });
}

/**
 * Every issue, not just the first, keyed by its dotted path. An unknown key becomes an error on that key's own
 * path, so the caller sees exactly which field was not expected.
 */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== "");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        addFieldError(errors, [...base, key].join("."), "This field is not expected");
      continue;
    }
    addFieldError(errors, base.length > 0 ? base.join(".") : "form", issue.message);
  }
  return errors;
}

export function mergeFieldErrors(...sources: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const source of sources) {
    for (const [key, messages] of Object.entries(source))
      for (const m of messages) addFieldError(merged, key, m);
  }
  return merged;
}

import {
  fieldDefinitionSchema,
  formDefinitionSchema,
  validateFormDefinition,
  type FieldDefinition,
} from "@/lib/forms/definitions";

/** As the server reports them: paths start at the field's index, e.g. [2, "options", 0, "label"]. */
export type DefinitionIssue = { path: (string | number)[]; message: string };

/** The same checks the server runs on save, run in the browser on every change. */
export function checkDraft(fields: readonly unknown[]): DefinitionIssue[] {
  const result = formDefinitionSchema.safeParse(fields);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issue.message,
  }));
}

/** Issues of one field, with the index stripped from their paths. */
export function issuesOfField(issues: readonly DefinitionIssue[], index: number): DefinitionIssue[] {
  return issues
    .filter((i) => i.path[0] === index)
    .map((i) => ({ path: i.path.slice(1), message: i.message }));
}

/**
 * The message for exactly this property path of a field (paths already stripped by issuesOfField). Only
 * the first: an empty image address is both "missing" and "not https", and the first says what to do.
 */
export function messageAt(
  issues: readonly DefinitionIssue[],
  ...path: (string | number)[]
): string | undefined {
  return issues.find((i) => i.path.length === path.length && path.every((p, j) => i.path[j] === p))?.message;
}

/** Properties the edit panel has a control for; issues of any other path are listed at its top. */
const panelProps = new Set([
  "label",
  "key",
  "helpText",
  "required",
  "personal",
  "placeholder",
  "minLength",
  "maxLength",
  "pattern",
  "patternMessage",
  "defaultValue",
  "min",
  "max",
  "integer",
  "minDate",
  "maxDate",
  "options",
  "display",
  "minSelected",
  "maxSelected",
  "text",
  "link",
  "countries",
  "defaultCountry",
  "requirePostalCode",
  "requireRegion",
  "url",
  "alt",
  "caption",
  "visibleWhen",
]);

export function unplacedIssues(issues: readonly DefinitionIssue[]): DefinitionIssue[] {
  return issues.filter((i) => typeof i.path[0] !== "string" || !panelProps.has(i.path[0]));
}

export function issueCountByIndex(issues: readonly DefinitionIssue[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const issue of issues) {
    const index = issue.path[0];
    if (typeof index === "number") counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

/** Issues about the form as a whole (e.g. too many fields). */
export function formLevelIssues(issues: readonly DefinitionIssue[]): DefinitionIssue[] {
  return issues.filter((i) => typeof i.path[0] !== "number");
}

/** Both sources, each message once: the server's (of the saved draft) and the browser's (of the current one). */
export function mergeIssues(...lists: (readonly DefinitionIssue[])[]): DefinitionIssue[] {
  const seen = new Set<string>();
  const merged: DefinitionIssue[] = [];
  for (const issue of lists.flat()) {
    const id = JSON.stringify([issue.path, issue.message]);
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(issue);
  }
  return merged;
}

/**
 * "fields.3.label" keyed field errors (publishForm's invalid_input) as issues. Anything else becomes
 * a form-level issue so no message is lost.
 */
export function issuesFromFieldErrors(fieldErrors: Record<string, string[] | undefined>): DefinitionIssue[] {
  return Object.entries(fieldErrors).flatMap(([name, messages]) => {
    const parts = name.split(".");
    const path =
      parts[0] === "fields" ? parts.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [name];
    return (messages ?? []).map((message) => ({ path, message }));
  });
}

/**
 * The part of a draft the preview can render: each field that is valid on its own, then, until
 * nothing changes, without the fields the cross-field checks object to (a repeated key, a condition
 * on a field that is gone). The result always passes formDefinitionSchema.
 */
export function previewableFields(fields: readonly unknown[]): FieldDefinition[] {
  let kept: FieldDefinition[] = fields.flatMap((field) => {
    const parsed = fieldDefinitionSchema.safeParse(field);
    return parsed.success ? [parsed.data] : [];
  });
  for (;;) {
    const bad = new Set(
      validateFormDefinition(kept).flatMap((issue) =>
        typeof issue.path[0] === "number" ? [issue.path[0]] : [],
      ),
    );
    if (bad.size === 0) return kept;
    kept = kept.filter((_, index) => !bad.has(index));
  }
}

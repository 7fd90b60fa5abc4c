import type { FieldDefinition } from "@/lib/forms/definitions";
import { canonicalJson } from "@/lib/format/canonical-json";

/** One difference between two versions of a form, for the version history. */
export type FormChange = {
  kind: "added" | "removed" | "changed" | "moved";
  key: string;
  label: string;
  /** For "changed": the properties that differ, e.g. ["label", "required"]. */
  properties?: string[];
};

const TITLE_MAX_LENGTH = 60;

/** What a person calls a field: its label, or for display blocks the image's description or the note's start. */
export function fieldTitle(field: FieldDefinition): string {
  if ("label" in field) return field.label;
  const text = field.type === "image" ? field.alt : field.text;
  const line = text.split("\n")[0]?.trim() ?? "";
  return line.length > TITLE_MAX_LENGTH ? `${line.slice(0, TITLE_MAX_LENGTH - 1)}…` : line || field.key;
}

/**
 * What changed from `previous` to `next`, fields matched by their stable key: added, changed (which
 * properties), moved (relative to the others: fields outside the longest run kept in order, so inserting one
 * field does not report every field below it as moved), then removed. Pure: the history page and tests share it.
 */
export function diffForms(
  previous: readonly FieldDefinition[],
  next: readonly FieldDefinition[],
): FormChange[] {
  const before = new Map(previous.map((f) => [f.key, f]));
  const after = new Set(next.map((f) => f.key));
  const common = next.filter((f) => before.has(f.key)).map((f) => f.key);
  const commonBefore = previous.filter((f) => after.has(f.key)).map((f) => f.key);
  const kept = new Set(longestCommonSubsequence(commonBefore, common));

  const changes: FormChange[] = [];
  for (const field of next) {
    const old = before.get(field.key);
    const label = fieldTitle(field);
    if (!old) {
      changes.push({ kind: "added", key: field.key, label });
      continue;
    }
    const properties = changedProperties(old, field);
    if (properties.length > 0) changes.push({ kind: "changed", key: field.key, label, properties });
    if (!kept.has(field.key)) changes.push({ kind: "moved", key: field.key, label });
  }
  for (const field of previous) {
    if (!after.has(field.key)) changes.push({ kind: "removed", key: field.key, label: fieldTitle(field) });
  }
  return changes;
}

/** Top-level properties whose values differ, in the order the newer field lists them. */
function changedProperties(a: FieldDefinition, b: FieldDefinition): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(right), ...Object.keys(left)])];
  return keys.filter((key) => key !== "key" && canonicalJson(left[key]) !== canonicalJson(right[key]));
}

/** Classic dynamic programming; forms have at most 50 fields, so 2,500 cells at worst. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): string[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => table[i * cols + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return out;
}

import { opsByTargetType, type InputFieldType, type VisibilityOp } from "@/lib/forms/definitions";
import type { DraftField } from "./field-types";

const inputTypes = new Set<string>(Object.keys(opsByTargetType));

/** The operators a condition on this field can use; none for numbers, dates, addresses and blocks. */
export function opsForTarget(target: DraftField | undefined): readonly VisibilityOp[] {
  if (!target || !inputTypes.has(target.type)) return [];
  return opsByTargetType[target.type as InputFieldType];
}

/** Earlier fields a condition of field `index` may look at (only those with an applicable operator). */
export function conditionTargets(fields: readonly DraftField[], index: number): DraftField[] {
  return fields.slice(0, Math.max(0, index)).filter((f) => opsForTarget(f).length > 0 && f.key !== "");
}

export const opWords: Record<VisibilityOp, string> = {
  equals: "equals",
  includes: "includes",
  checked: "is ticked",
};

/** The condition in words for the list's badge and the panel's summary. */
export function describeCondition(field: DraftField, fields: readonly DraftField[]): string | null {
  const condition = field.visibleWhen;
  if (typeof condition !== "object" || condition === null) return null;
  const { field: targetKey, op, value } = condition as { field?: unknown; op?: unknown; value?: unknown };
  const target = fields.find((f) => f.key === targetKey);
  const targetName =
    target && typeof target.label === "string" && target.label ? target.label : String(targetKey ?? "?");
  const words = typeof op === "string" && op in opWords ? opWords[op as VisibilityOp] : "?";
  if (op === "checked") return `Shown when “${targetName}” ${words}`;
  const options = Array.isArray(target?.options)
    ? (target.options as { value?: unknown; label?: unknown }[])
    : [];
  const option = options.find((o) => o.value === value);
  const shown = option && typeof option.label === "string" ? option.label : String(value ?? "");
  return `Shown when “${targetName}” ${words} “${shown}”`;
}

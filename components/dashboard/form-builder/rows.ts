import type { FieldType } from "@/lib/forms/definitions";
import { limits } from "@/lib/limits";
import { defaultField, fieldTypeInfo, type DraftField } from "./field-types";
import { keyFromLabel, uniqueKey } from "./keys";
import type { Row } from "./field-list";

/** Whatever the server stored, as fields the builder can edit (never throws on odd JSON). */
export function toRows(fields: readonly unknown[]): Row[] {
  return fields.map((value, index) => {
    const record = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
    const field = { ...(record as Record<string, unknown>) };
    return {
      uid: `f${index}`,
      field: {
        ...field,
        type: typeof field.type === "string" ? field.type : "",
        key: typeof field.key === "string" ? field.key : "",
      },
    };
  });
}

export function keysOf(rows: readonly Row[], exceptUid?: string): string[] {
  return rows.filter((r) => r.uid !== exceptUid).map((r) => r.field.key);
}

export function newField(type: FieldType, rows: readonly Row[]): DraftField {
  return defaultField(type, keyFromLabel(fieldTypeInfo[type].newLabel, keysOf(rows)));
}

/** A copy with a new unique key ("size" -> "size_2"); everything else the same. */
export function duplicateField(field: DraftField, rows: readonly Row[]): DraftField {
  const copy = structuredClone(field);
  copy.key = uniqueKey(field.key || "field", keysOf(rows));
  if (typeof copy.label === "string" && copy.label)
    copy.label = `${copy.label} (copy)`.slice(0, limits.labelMaxLength);
  return copy;
}

/**
 * A key renamed everywhere it is referenced: later fields' conditions follow the field instead of
 * silently pointing at nothing.
 */
export function renameKey(rows: readonly Row[], uid: string, key: string): Row[] {
  const old = rows.find((r) => r.uid === uid)?.field.key;
  return rows.map((row) => {
    if (row.uid === uid) return { ...row, field: { ...row.field, key } };
    const condition = row.field.visibleWhen;
    if (
      old &&
      typeof condition === "object" &&
      condition !== null &&
      "field" in condition &&
      condition.field === old
    ) {
      return { ...row, field: { ...row.field, visibleWhen: { ...condition, field: key } } };
    }
    return row;
  });
}

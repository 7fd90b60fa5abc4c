import { FIELD_KEY_PATTERN } from "@/lib/forms/definitions";
import { limits } from "@/lib/limits";

/**
 * A key from a label: lowercase ASCII, words joined by "_", starting with a letter, within the key
 * length limit ("T-shirt fit" -> "t_shirt_fit", "Größe" -> "grosse"), made unique against `taken`
 * with a numeric suffix.
 */
export function keyFromLabel(label: string, taken: Iterable<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/ß/g, "ss")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^[^a-z]+/, "")
      .replace(/_+$/, "")
      .slice(0, limits.fieldKeyMaxLength)
      .replace(/_+$/, "") || "field";
  return uniqueKey(base === "constructor" ? "constructor_field" : base, taken);
}

/** `base`, or `base_2`, `base_3`… whichever is free, never longer than the key limit. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, limits.fieldKeyMaxLength - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The same rules as the definitions schema, for a message while typing. */
export function keyProblem(key: string, otherKeys: Iterable<string>): string | null {
  if (key === "") return "Enter a key";
  if (key.length > limits.fieldKeyMaxLength)
    return `Keys can be at most ${limits.fieldKeyMaxLength} characters`;
  if (!FIELD_KEY_PATTERN.test(key))
    return "Keys start with a lowercase letter and contain only a–z, 0–9 and _";
  if (key === "constructor") return "“constructor” is reserved; choose another key";
  if (new Set(otherKeys).has(key)) return `The key “${key}” is already used by another field`;
  return null;
}

/** An option value from its label, unique among the field's other options. */
export function optionValueFromLabel(label: string, taken: Iterable<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, limits.labelMaxLength) || "option";
  return uniqueKey(base, taken);
}

/**
 * Plain forms (sign-out, confirmations, no-JS fallbacks) post FormData; react-hook-form posts objects.
 * Actions accept both: FormData becomes an object, a key given several times becomes an array, and Next's
 * own `$ACTION_*` fields are dropped.
 */
export function toPlainInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const out: Record<string, unknown> = {};
  for (const key of new Set(raw.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = raw.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

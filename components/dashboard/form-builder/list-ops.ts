/** Pure list operations of the builder; they return new arrays and never mutate their input. */

export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.max(0, Math.min(index, list.length)), 0, item);
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

/**
 * Sets (or, for undefined, removes) one property: an absent optional property is valid where an
 * empty one often is not (an empty pattern, an empty default).
 */
export function withProp<T extends Record<string, unknown>>(object: T, prop: string, value: unknown): T {
  const next: Record<string, unknown> = { ...object };
  if (value === undefined) delete next[prop];
  else next[prop] = value;
  return next as T;
}

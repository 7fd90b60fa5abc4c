import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./text";

/**
 * Why a value from the browser cannot be stored as JSON, and where. Server actions decode more than JSON
 * (React's reply format carries BigInt, Date, Map, Set, undefined…), and JSON.stringify throws on a BigInt,
 * so free-form values (form answers) are checked with this before anything serialises them.
 */
export type JsonProblem = { path: (string | number)[]; message: string };

export const UNREADABLE_VALUE_MESSAGE = "This answer could not be read. Reload the page and try again";

const MAX_DEPTH = 8;

export function findJsonProblem(
  value: unknown,
  path: (string | number)[] = [],
  /** Answers nest a few levels; a landing page's block document needs more. */
  maxDepth: number = MAX_DEPTH,
): JsonProblem | null {
  // undefined is what an untouched field holds; JSON.stringify leaves it out (or writes null in an array).
  if (value === null || value === undefined || typeof value === "boolean") return null;
  if (typeof value === "string")
    return isStorableText(value) ? null : { path, message: UNSTORABLE_TEXT_MESSAGE };
  if (typeof value === "number")
    return Number.isFinite(value) ? null : { path, message: UNREADABLE_VALUE_MESSAGE };
  if (typeof value !== "object" || path.length >= maxDepth)
    return { path, message: UNREADABLE_VALUE_MESSAGE };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = findJsonProblem(value[i], [...path, i], maxDepth);
      if (problem) return problem;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return { path, message: UNREADABLE_VALUE_MESSAGE };
  for (const key of Object.keys(value)) {
    if (!isStorableText(key)) return { path: [...path, key], message: UNSTORABLE_TEXT_MESSAGE };
    const problem = findJsonProblem((value as Record<string, unknown>)[key], [...path, key], maxDepth);
    if (problem) return problem;
  }
  return null;
}

/** Types for check-lockfile.mjs (plain JavaScript so CI can run it before `npm ci`). */
export declare function lockfileProblems(
  pkg: Record<string, unknown>,
  lock: { lockfileVersion?: number; packages?: Record<string, Record<string, unknown>> },
): string[];

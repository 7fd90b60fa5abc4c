import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dashboard pages call notFound() for another organisation's event, item or order, a missing one, or a role
 * without the permission. A loading.tsx (or a <Suspense> above that call) streams the response with status 200
 * before notFound() runs, so the "not found" page went out as a 200 (issue 9, ADR 014). None may come back.
 */
const root = import.meta.dirname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe("app/dashboard streams nothing before its not-found checks", () => {
  const files = filesUnder(root).map((f) => path.relative(root, f));

  it("has no loading.tsx", () => {
    expect(files.filter((f) => /(^|\/)loading\.(tsx|ts|jsx|js)$/.test(f))).toEqual([]);
  });

  it("has no Suspense boundary in a page or layout", () => {
    const withSuspense = files
      .filter((f) => /(^|\/)(page|layout|template)\.tsx$/.test(f))
      .filter((f) => /\bSuspense\b/.test(readFileSync(path.join(root, f), "utf8")));
    expect(withSuspense).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Client components take their limits from the settings object (useClientSettings, ADR 034), whose values are
 * lib/limits.ts — the numbers the server's schemas enforce. A number typed into a component drifts from the
 * server the day the limit changes (the event form's maxLength={3} and {5}, the desk's {40} and {100}, the
 * upload pickers' own format lists were such copies). This reads every client component's source.
 */
const ROOTS = ["components", "app"];

function clientComponents(): { file: string; source: string }[] {
  const found: { file: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|^test-/.test(entry.name)) {
        const source = readFileSync(file, "utf8");
        if (/^\s*["']use client["']/.test(source)) found.push({ file, source });
      }
    }
  };
  for (const root of ROOTS) walk(path.join(process.cwd(), root));
  return found;
}

/** Line numbers of `pattern`'s matches, for a message that says where to look. */
function offences(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map(
    (m) => `line ${source.slice(0, m.index).split("\n").length}: ${m[0]}`,
  );
}

describe("client components repeat no limit", () => {
  const files = clientComponents();

  it("finds the client components (the check is not vacuous)", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.file.endsWith(path.join("order", "order-form.tsx")))).toBe(true);
  });

  it("read limits through useClientSettings(), never by importing lib/limits.ts", () => {
    const importing = files.filter((f) => /from ["']@\/lib\/limits["']/.test(f.source)).map((f) => f.file);
    expect(importing).toEqual([]);
  });

  it("type no number into maxLength, minLength or a text control's max", () => {
    const numeric = /\b(?:maxLength|minLength)\s*(?:=\s*\{\s*|:\s*)\d+/g;
    const found = files.flatMap((f) => offences(f.source, numeric).map((o) => `${f.file} ${o}`));
    expect(found).toEqual([]);
  });

  it("list no image formats of their own in a file input's accept", () => {
    const ownList = /\baccept\s*=\s*["'{][^"'}]*image\//g;
    const found = files.flatMap((f) => offences(f.source, ownList).map((o) => `${f.file} ${o}`));
    expect(found).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { lockfileProblems } from "./check-lockfile.mjs";

const root = path.join(import.meta.dirname, "..");
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8"));

/** A lockfile for `{ next }` in which next's optional platform binaries are all locked. */
function tinyProject() {
  const pkg = { name: "p", version: "1.0.0", dependencies: { next: "^16.0.0" }, devDependencies: {} };
  const lock = {
    lockfileVersion: 3,
    packages: {
      "": { name: "p", version: "1.0.0", dependencies: { next: "^16.0.0" } },
      "node_modules/next": {
        version: "16.0.0",
        dependencies: { "@swc/helpers": "0.5.0" },
        optionalDependencies: { "@next/swc-darwin-arm64": "16.0.0", "@next/swc-linux-x64-gnu": "16.0.0" },
      },
      "node_modules/next/node_modules/@swc/helpers": { version: "0.5.0" },
      "node_modules/@next/swc-darwin-arm64": { version: "16.0.0", optional: true, os: ["darwin"] },
      "node_modules/@next/swc-linux-x64-gnu": { version: "16.0.0", optional: true, os: ["linux"] },
    },
  };
  return { pkg, lock };
}

describe("lockfileProblems", () => {
  test("this repository's package-lock.json agrees with its package.json on every platform", () => {
    expect(lockfileProblems(read("package.json"), read("package-lock.json"))).toEqual([]);
  });

  test("a consistent lockfile, with a nested dependency, has no problem", () => {
    const { pkg, lock } = tinyProject();
    expect(lockfileProblems(pkg, lock)).toEqual([]);
  });

  test("a missing platform binary is named (npm ci refuses such a lockfile)", () => {
    const { pkg, lock } = tinyProject();
    delete (lock.packages as Record<string, unknown>)["node_modules/@next/swc-darwin-arm64"];
    expect(lockfileProblems(pkg, lock)).toEqual([
      "node_modules/next needs @next/swc-darwin-arm64 (optional: another platform's binary?), which package-lock.json does not contain",
    ]);
  });

  test("a dependency added, removed, moved or re-ranged in package.json alone is refused", () => {
    const added = tinyProject();
    added.pkg.dependencies = { ...added.pkg.dependencies, zod: "^4.0.0" } as typeof added.pkg.dependencies;
    expect(lockfileProblems(added.pkg, added.lock).join("\n")).toContain("dependencies.zod: in package.json");

    const removed = tinyProject();
    removed.pkg.dependencies = {} as typeof removed.pkg.dependencies;
    expect(lockfileProblems(removed.pkg, removed.lock).join("\n")).toContain(
      "dependencies.next: in package-lock.json",
    );

    const moved = tinyProject();
    moved.pkg.devDependencies = { next: "^16.0.0" };
    moved.pkg.dependencies = {} as typeof moved.pkg.dependencies;
    expect(lockfileProblems(moved.pkg, moved.lock)).toHaveLength(2);

    // Still satisfied by the locked 16.0.0, so `npm ci` would accept it; the root entry disagrees all the same.
    const loosened = tinyProject();
    loosened.pkg.dependencies = { next: "^16.0.0 || ^17.0.0" };
    expect(lockfileProblems(loosened.pkg, loosened.lock)).toEqual([
      'dependencies.next: package.json says "^16.0.0 || ^17.0.0", package-lock.json "^16.0.0"',
    ]);
  });

  test("the order of keys does not matter, and a lockfile without a packages section is refused", () => {
    const { pkg, lock } = tinyProject();
    const reordered = { devDependencies: {}, dependencies: pkg.dependencies, version: "1.0.0", name: "p" };
    expect(lockfileProblems(reordered, lock)).toEqual([]);
    expect(lockfileProblems(pkg, { lockfileVersion: 1 })).toHaveLength(1);
  });
});

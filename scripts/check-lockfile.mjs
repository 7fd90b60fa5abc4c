#!/usr/bin/env node
/**
 * Fails when package-lock.json does not describe package.json exactly, or lacks a package some locked
 * package depends on — such as another platform's optional binary (`@next/swc-darwin-arm64`), which is
 * what once made `npm ci` refuse a fresh clone on every machine.
 *
 * Plain JavaScript with no dependencies on purpose: CI runs it before `npm ci`, when there is no
 * node_modules yet. `npm ci` validates versions against ranges itself, but it accepts a lockfile whose root
 * still lists a removed dependency, one moved between dependencies and devDependencies, or a range that was
 * loosened — each of which this check refuses. Fix any of them with `npm run lock:refresh` (README,
 * "Dependencies").
 *
 *   node scripts/check-lockfile.mjs [directory]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The package.json fields npm copies into the lockfile's root entry. */
const rootFields = [
  "name",
  "version",
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "bundleDependencies",
  "engines",
  "bin",
];

/** Keys sorted, so that the order in which a file lists its dependencies does not matter. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Where Node would find `name` from the package at `from` ("" is the project): nearest node_modules up. */
function resolveInLock(packages, from, name) {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const at = dir.lastIndexOf("/node_modules/");
    dir = at === -1 ? "" : dir.slice(0, at);
  }
}

/**
 * Every way the lockfile disagrees with package.json, as sentences; empty when they agree.
 * @param {Record<string, unknown>} pkg package.json
 * @param {{ lockfileVersion?: number, packages?: Record<string, Record<string, unknown>> }} lock
 * @returns {string[]}
 */
export function lockfileProblems(pkg, lock) {
  const packages = lock.packages;
  if (!packages || (lock.lockfileVersion ?? 0) < 2) {
    return ["package-lock.json has no `packages` section (lockfileVersion 2 or later is required)"];
  }
  const problems = [];
  const root = packages[""] ?? {};
  for (const field of rootFields) {
    const want = pkg[field];
    const have = root[field];
    const empty = (v) => v === undefined || (typeof v === "object" && Object.keys(v).length === 0);
    if (empty(want) && empty(have)) continue;
    if (canonical(want) === canonical(have)) continue;
    if (want && have && typeof want === "object" && typeof have === "object") {
      for (const key of new Set([...Object.keys(want), ...Object.keys(have)])) {
        if (canonical(want[key]) === canonical(have[key])) continue;
        problems.push(
          key in have && !(key in want)
            ? `${field}.${key}: in package-lock.json (${canonical(have[key])}) but not in package.json`
            : key in want && !(key in have)
              ? `${field}.${key}: in package.json (${canonical(want[key])}) but not in package-lock.json`
              : `${field}.${key}: package.json says ${canonical(want[key])}, package-lock.json ${canonical(have[key])}`,
        );
      }
    } else {
      problems.push(`${field}: package.json says ${canonical(want)}, package-lock.json ${canonical(have)}`);
    }
  }

  for (const [location, entry] of Object.entries(packages)) {
    if (entry.link) continue; // a workspace or file: link; its target has its own entry
    const needs = {
      ...(entry.dependencies ?? {}),
      ...(entry.optionalDependencies ?? {}),
      ...(location === "" ? (entry.devDependencies ?? {}) : {}),
    };
    for (const name of Object.keys(needs)) {
      if (resolveInLock(packages, location, name)) continue;
      const optional = name in (entry.optionalDependencies ?? {});
      problems.push(
        `${location || "the project"} needs ${name}${optional ? " (optional: another platform's binary?)" : ""}, which package-lock.json does not contain`,
      );
    }
  }
  return problems;
}

function main() {
  const dir = path.resolve(process.argv[2] ?? ".");
  const read = (file) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const problems = lockfileProblems(read("package.json"), read("package-lock.json"));
  if (problems.length === 0) {
    console.log("package-lock.json agrees with package.json and locks every platform's binaries.");
    return;
  }
  console.error(`package-lock.json disagrees with package.json (${problems.length}):`);
  for (const problem of problems.slice(0, 50)) console.error(`  - ${problem}`);
  if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
  console.error("Regenerate it with `npm run lock:refresh` (README, Dependencies).");
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();

#!/usr/bin/env node
/**
 * Refuses a migration that would break the release still running while it is applied (deploys migrate first,
 * then switch traffic: for a while the previous release reads and writes the new schema). Refused, unless the
 * statement carries a reviewed marker naming its expand/contract step (docs/operations.md, "Migrations without
 * downtime"; ADR 029):
 *
 * - DROP TABLE, ALTER TABLE … DROP COLUMN: the previous release still reads them.
 * - RENAME (of a table, column, constraint…): the previous release still uses the old name.
 * - ADD COLUMN … NOT NULL without DEFAULT on an existing table: the previous release's inserts omit it.
 * - ALTER COLUMN … TYPE, ALTER COLUMN … SET NOT NULL on an existing table: a rewrite or full scan under an
 *   exclusive lock, and values or NULLs the previous release writes may no longer fit.
 * - CREATE INDEX on an existing table: without CONCURRENTLY it blocks writes for the whole build, and
 *   CONCURRENTLY cannot run at all inside the migrator's transaction (drizzle applies every pending migration
 *   in one) — so the index is built CONCURRENTLY by hand before the deploy and the migration keeps a reviewed
 *   `CREATE INDEX IF NOT EXISTS`.
 * - ADD CONSTRAINT (CHECK, FOREIGN KEY) on an existing table without NOT VALID: validates every row under a lock.
 *
 * A table created earlier in the same file counts as new: nothing reads it yet and it is empty.
 *
 * The marker is an SQL comment in the statement it excuses (the lines just above it):
 *
 *   -- reviewed: contract — orders.legacy_note unread since release 2026-12-01 (expand was 0009)
 *   ALTER TABLE "orders" DROP COLUMN "legacy_note";
 *
 * Migrations numbered up to BASELINE were applied before this check existed and are not read.
 * Plain JavaScript with no dependencies, like check-lockfile.mjs, so CI can run it before `npm ci`.
 *
 *   node scripts/check-migrations.mjs [migrations directory]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** 0000–0007 shipped before the check (0002 indexes `orders` without CONCURRENTLY, reviewed at the time). */
export const BASELINE = 7;

const STEPS = ["expand", "backfill", "contract"];
// "-- reviewed: contract — why" (an em dash, a hyphen or a colon after the step); the reason says why it is safe.
const MARKER = /^--\s*reviewed:\s*(\w+)\s*(?:step\s*)?[—–:-]+\s*(.*)$/i;
const MIN_REASON = 10;

/** Splits a migration into statements, each with the comment lines written just above it. */
export function splitStatements(sqlText) {
  const statements = [];
  for (const chunk of sqlText.split("--> statement-breakpoint")) {
    let comments = [];
    let lines = [];
    const flush = () => {
      const sql = lines.join("\n").trim();
      if (sql) statements.push({ sql, comments });
      comments = [];
      lines = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (line.startsWith("--")) comments.push(line);
      else if (line) {
        lines.push(line);
        if (line.endsWith(";")) flush();
      }
    }
    flush();
  }
  return statements;
}

const normalise = (sql) =>
  sql
    .replace(/\s+/g, " ")
    .replace(/"([^"]+)"/g, "$1")
    .trim();

/** The name a statement's table has, without quotes or the public schema; lower case. */
const tableName = (name) => name.replace(/^public\./i, "").toLowerCase();

/** What in one statement could break the running release; `[]` when nothing. */
function risks(sql, createdHere) {
  const s = normalise(sql);
  const found = [];
  const isNew = (name) => createdHere.has(tableName(name));

  if (/^DROP TABLE\b/i.test(s)) found.push(["drop-table", "DROP TABLE: the running release still reads it"]);
  const alter = /^ALTER TABLE (?:ONLY )?(?:IF EXISTS )?([\w.]+)\s+(.*)$/i.exec(s);
  if (alter) {
    const [, table, rest] = alter;
    if (/\bDROP (?:COLUMN\b|(?!CONSTRAINT\b|DEFAULT\b|NOT NULL\b|IDENTITY\b|EXPRESSION\b)\w+)/i.test(rest))
      found.push(["drop-column", "DROP COLUMN: the running release still reads and writes it"]);
    if (/\bRENAME\b/i.test(rest))
      found.push(["rename", "RENAME: the running release still uses the old name"]);
    if (!isNew(table)) {
      for (const add of rest.split(/,\s*(?=ADD\b)/i)) {
        if (/^ADD (?:COLUMN )?/i.test(add) && !/^ADD CONSTRAINT\b/i.test(add)) {
          if (/\bNOT NULL\b/i.test(add) && !/\bDEFAULT\b/i.test(add) && !/\bGENERATED\b/i.test(add))
            found.push([
              "add-not-null-without-default",
              "ADD COLUMN … NOT NULL without DEFAULT: the running release's inserts leave it out and fail",
            ]);
        }
      }
      if (/\bALTER (?:COLUMN )?[\w.]+ (?:SET DATA )?TYPE\b/i.test(rest))
        found.push([
          "alter-column-type",
          "ALTER COLUMN … TYPE: rewrites the table under an exclusive lock, and the running release's values may not fit",
        ]);
      if (/\bALTER (?:COLUMN )?[\w.]+ SET NOT NULL\b/i.test(rest))
        found.push([
          "set-not-null",
          "SET NOT NULL: scans the table under an exclusive lock, and the running release may still write NULL",
        ]);
      if (/\bADD CONSTRAINT [\w.]+ (?:CHECK|FOREIGN KEY)\b/i.test(rest) && !/\bNOT VALID\b/i.test(rest))
        found.push([
          "constraint-validates",
          "ADD CONSTRAINT without NOT VALID: checks every row while holding a lock (add it NOT VALID, then VALIDATE CONSTRAINT)",
        ]);
    }
  } else if (/^ALTER (?:INDEX|SEQUENCE|VIEW|MATERIALIZED VIEW|TYPE|SCHEMA|FUNCTION)\b.*\bRENAME\b/i.test(s)) {
    found.push(["rename", "RENAME: the running release still uses the old name"]);
  }

  const index =
    /^CREATE (?:UNIQUE )?INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:[\w.]+ )?ON (?:ONLY )?([\w.]+)/i.exec(s);
  if (index) {
    const [, concurrently, table] = index;
    if (concurrently)
      found.push([
        "concurrent-index-in-transaction",
        "CREATE INDEX CONCURRENTLY cannot run in the migrator's transaction: build it by hand before the deploy, keep CREATE INDEX IF NOT EXISTS here",
      ]);
    else if (!isNew(table))
      found.push([
        "index-not-concurrent",
        "CREATE INDEX on an existing table blocks its writes while it builds: build it CONCURRENTLY before the deploy",
      ]);
  }
  return found;
}

/** A reviewed marker in the statement's comments, or why the one given does not count. */
function reviewOf(comments) {
  for (const comment of comments) {
    const match = MARKER.exec(comment);
    if (!match) continue;
    const [, step, reason] = match;
    if (!STEPS.includes(step.toLowerCase()))
      return { ok: false, why: `the marker names "${step}", not a step (${STEPS.join(", ")})` };
    if (reason.trim().length < MIN_REASON)
      return { ok: false, why: "the marker gives no reason (say why the running release is safe)" };
    return { ok: true };
  }
  return { ok: false, why: "" };
}

/** Problems in one migration's SQL, each naming the statement, the risk and what to do. */
export function migrationProblems(sqlText, file = "migration") {
  const problems = [];
  const createdHere = new Set();
  splitStatements(sqlText).forEach(({ sql, comments }, i) => {
    const created = /^CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?([\w.]+)/i.exec(normalise(sql));
    if (created) createdHere.add(tableName(created[1]));
    const found = risks(sql, createdHere);
    if (found.length === 0) return;
    const review = reviewOf(comments);
    if (review.ok) return;
    const head = normalise(sql).slice(0, 90);
    for (const [rule, message] of found) {
      problems.push(
        `${file}, statement ${i + 1} (${head}): ${message} [${rule}]` +
          (review.why
            ? `; ${review.why}`
            : "; if this is a reviewed expand/contract step, say so above it: -- reviewed: contract — <why it is safe>"),
      );
    }
  });
  return problems;
}

/** Every migration after the baseline in `dir`. */
export function checkMigrationsFolder(dir, baseline = BASELINE) {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.*\.sql$/.test(f))
    .filter((f) => Number(f.slice(0, 4)) > baseline)
    .sort();
  return {
    checked: files,
    problems: files.flatMap((f) => migrationProblems(readFileSync(path.join(dir, f), "utf8"), f)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? path.join(process.cwd(), "db", "migrations");
  const { checked, problems } = checkMigrationsFolder(dir);
  if (problems.length > 0) {
    console.error(
      `Migrations that would break the running release (docs/operations.md, "Migrations without downtime"):\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    process.exit(1);
  }
  console.log(
    `check-migrations: ${checked.length} migration(s) after ${String(BASELINE).padStart(4, "0")} checked, none unsafe.`,
  );
}

import path from "node:path";
import { describe, expect, test } from "vitest";
import { BASELINE, checkMigrationsFolder, migrationProblems } from "./check-migrations.mjs";

const migrations = path.join(import.meta.dirname, "..", "db", "migrations");
const bp = "--> statement-breakpoint\n";

/** The rule names a migration breaks (the bracketed tag at the end of each problem). */
const rules = (sql: string) => migrationProblems(sql).map((p) => /\[([\w-]+)\]/.exec(p)?.[1]);

describe("safe migrations pass", () => {
  test.each([
    ["a nullable column", `ALTER TABLE "orders" ADD COLUMN "note" text;`],
    ["a NOT NULL column with a default", `ALTER TABLE "orders" ADD COLUMN "n" integer DEFAULT 0 NOT NULL;`],
    [
      "a new table with its index and foreign key (drizzle-kit's layout)",
      `CREATE TABLE "tags" (\n\t"id" uuid PRIMARY KEY NOT NULL,\n\t"order_id" uuid NOT NULL\n);\n` +
        bp +
        `ALTER TABLE "tags" ADD CONSTRAINT "tags_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id");` +
        `\n${bp}CREATE INDEX "tags_order_id_idx" ON "tags" USING btree ("order_id");`,
    ],
    [
      "a new enum and a new enum value",
      `CREATE TYPE "public"."k" AS ENUM('a');\n${bp}ALTER TYPE "public"."k" ADD VALUE 'b';`,
    ],
    [
      "a constraint added NOT VALID",
      `ALTER TABLE "orders" ADD CONSTRAINT "c" CHECK ("total_minor" >= 0) NOT VALID;`,
    ],
    ["validating it later", `ALTER TABLE "orders" VALIDATE CONSTRAINT "c";`],
    ["dropping a default", `ALTER TABLE "orders" ALTER COLUMN "status" DROP DEFAULT;`],
    ["dropping NOT NULL (expand)", `ALTER TABLE "orders" ALTER COLUMN "answers" DROP NOT NULL;`],
    ["dropping an index", `DROP INDEX "orders_old_idx";`],
  ])("%s", (_name, sql) => {
    expect(migrationProblems(sql)).toEqual([]);
  });
});

describe("unsafe migrations are refused", () => {
  test.each([
    ["DROP TABLE", `DROP TABLE "order_notes";`, "drop-table"],
    ["DROP TABLE with CASCADE", `DROP TABLE IF EXISTS "order_notes" CASCADE;`, "drop-table"],
    ["DROP COLUMN", `ALTER TABLE "orders" DROP COLUMN "answers";`, "drop-column"],
    ["DROP without COLUMN", `ALTER TABLE "orders" DROP "answers";`, "drop-column"],
    ["renaming a column", `ALTER TABLE "orders" RENAME COLUMN "answers" TO "responses";`, "rename"],
    ["renaming a table", `ALTER TABLE "orders" RENAME TO "purchases";`, "rename"],
    ["renaming an index", `ALTER INDEX "a" RENAME TO "b";`, "rename"],
    [
      "ADD COLUMN NOT NULL without DEFAULT",
      `ALTER TABLE "orders" ADD COLUMN "channel" text NOT NULL;`,
      "add-not-null-without-default",
    ],
    [
      "ALTER COLUMN TYPE",
      `ALTER TABLE "orders" ALTER COLUMN "total_minor" SET DATA TYPE integer;`,
      "alter-column-type",
    ],
    [
      "ALTER COLUMN TYPE, short form",
      `ALTER TABLE orders ALTER total_minor TYPE numeric;`,
      "alter-column-type",
    ],
    ["SET NOT NULL", `ALTER TABLE "orders" ALTER COLUMN "paid_at" SET NOT NULL;`, "set-not-null"],
    [
      "an index on an existing table",
      `CREATE INDEX "orders_email_idx" ON "orders" USING btree ("email_normalised");`,
      "index-not-concurrent",
    ],
    [
      "a unique index on an existing table",
      `CREATE UNIQUE INDEX "k" ON "public"."orders" ("reference");`,
      "index-not-concurrent",
    ],
    [
      "CONCURRENTLY, which cannot run in the migrator's transaction",
      `CREATE INDEX CONCURRENTLY "k" ON "orders" ("reference");`,
      "concurrent-index-in-transaction",
    ],
    [
      "a foreign key that validates every row",
      `ALTER TABLE "orders" ADD CONSTRAINT "f" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id");`,
      "constraint-validates",
    ],
    ["a lower-case statement", `alter table orders drop column answers;`, "drop-column"],
  ])("%s", (_name, sql, rule) => {
    expect(rules(sql)).toEqual([rule]);
  });

  test("the message names the file, the statement and what to do", () => {
    const [problem] = migrationProblems(
      `ALTER TABLE "orders" ADD COLUMN "a" text;\n${bp}ALTER TABLE "orders" DROP COLUMN "b";`,
      "0008_x.sql",
    );
    expect(problem).toMatch(/^0008_x\.sql, statement 2 \(ALTER TABLE orders DROP COLUMN b;\): DROP COLUMN/);
    expect(problem).toContain("-- reviewed: contract");
  });

  test("a table created in another migration is an existing one", () => {
    const sql = `CREATE TABLE "a" ("id" uuid);\n${bp}CREATE INDEX "i" ON "b" ("id");`;
    expect(rules(sql)).toEqual(["index-not-concurrent"]);
  });
});

describe("the reviewed marker", () => {
  const drop = `ALTER TABLE "orders" DROP COLUMN "legacy";`;

  test("naming the step and why lets the statement through", () => {
    const sql = `-- reviewed: contract — orders.legacy unread since release 41 (expand was 0009)\n${drop}`;
    expect(migrationProblems(sql)).toEqual([]);
  });

  test("covers only the statement it is written above", () => {
    const sql = `-- reviewed: contract — orders.legacy unread since release 41\n${drop}\n${bp}${drop.replace("legacy", "other")}`;
    expect(rules(sql)).toEqual(["drop-column"]);
  });

  test("a marker without a known step does not count, and says why", () => {
    const [problem] = migrationProblems(`-- reviewed: yolo — trust me, it is fine really\n${drop}`);
    expect(problem).toContain('names "yolo", not a step');
  });

  test("a marker without a reason does not count", () => {
    const [problem] = migrationProblems(`-- reviewed: contract —\n${drop}`);
    expect(problem).toContain("gives no reason");
  });

  test("an ordinary comment is no marker", () => {
    expect(rules(`-- drop the old column\n${drop}`)).toEqual(["drop-column"]);
  });
});

describe("this repository's migrations", () => {
  test(`0000–${String(BASELINE).padStart(4, "0")} are the baseline and everything after it is safe`, () => {
    const { checked, problems } = checkMigrationsFolder(migrations);
    expect(problems).toEqual([]);
    expect(checked.every((f) => Number(f.slice(0, 4)) > BASELINE)).toBe(true);
  });

  test("without the baseline the check would have refused 0002's index on orders", () => {
    const { problems } = checkMigrationsFolder(migrations, -1);
    expect(
      problems.some(
        (p) => p.startsWith("0002_orders_name_sort_index.sql") && p.includes("[index-not-concurrent]"),
      ),
    ).toBe(true);
  });
});

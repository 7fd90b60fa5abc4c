import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The module boundaries of docs/architecture.md hold because `npm run lint` fails when code crosses them.
 * These cases lint fixture code at paths inside the repository with the project's own eslint.config.mjs.
 */
const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });
// On disk (a cycle needs two real files), in lib/ so the rules apply; removed afterwards.
const fixtureDir = path.join(root, "lib", `lint-fixture-${process.pid}`);
const LINT_TIMEOUT = 120_000;

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

beforeAll(() => {
  mkdirSync(fixtureDir, { recursive: true });
  // A type-only cycle, like the one lib/forms had (definitions <-> field-kinds <-> validate-definition).
  writeFileSync(
    path.join(fixtureDir, "shapes.ts"),
    'import type { Checked } from "./checks";\nexport type Shape = { id: string; checked?: Checked };\n',
  );
  writeFileSync(
    path.join(fixtureDir, "checks.ts"),
    `import type { Shape } from "@/lib/${path.basename(fixtureDir)}/shapes";\nexport type Checked = { shape: Shape };\n`,
  );
  writeFileSync(path.join(fixtureDir, "leaf.ts"), "export const leaf = 1;\n");
});

afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

describe("lint: import cycles", () => {
  it(
    "fails a type-only cycle, through a relative and an @/ import",
    async () => {
      const file = path.join(path.relative(root, fixtureDir), "shapes.ts");
      const messages = await ruleIds(
        file,
        'import type { Checked } from "./checks";\nexport type Shape = { id: string; checked?: Checked };\n',
      );
      expect(messages).toEqual([
        expect.stringMatching(
          /^boundaries\/no-import-cycle: Import cycle: .*shapes\.ts -> .*checks\.ts -> .*shapes\.ts/,
        ),
      ]);
    },
    LINT_TIMEOUT,
  );

  it(
    "passes an import that does not lead back",
    async () => {
      const file = path.join(path.relative(root, fixtureDir), "user.ts");
      expect(await ruleIds(file, 'import { leaf } from "./leaf";\nexport const twice = leaf * 2;\n')).toEqual(
        [],
      );
    },
    LINT_TIMEOUT,
  );
});

describe("lint: boundaries between layers", () => {
  const crossings: [string, string, RegExp][] = [
    [
      "db/schema/fixture.ts",
      'import { env } from "@/lib/env";\nexport const e = env;\n',
      /db\/ imports nothing from lib/,
    ],
    [
      "components/dashboard/fixture.tsx",
      'import { createEventAction } from "@/app/dashboard/[orgId]/events/actions";\nexport const a = createEventAction;\n',
      /Components never import from app/,
    ],
    [
      "lib/format/fixture.ts",
      'import { placeOrder } from "@/lib/orders/place-order";\nexport const p = placeOrder;\n',
      /Leaf modules/,
    ],
    [
      "lib/mail/fixture.ts",
      'import type { Event } from "@/lib/events/org-event";\nexport type E = Event;\n',
      /Services/,
    ],
    [
      "lib/events/fixture.ts",
      'import type { OrderingContext } from "@/lib/orders/load-ordering-context";\nexport type C = OrderingContext;\n',
      /lowest domain/,
    ],
  ];
  it.each(crossings)(
    "fails %s importing across a boundary",
    async (file, code, message) => {
      const messages = await ruleIds(file, code);
      expect(messages).toEqual([expect.stringMatching(/^import\/no-restricted-paths: /)]);
      expect(messages[0]).toMatch(message);
    },
    LINT_TIMEOUT,
  );

  it(
    "passes imports that point down the layers",
    async () => {
      const code = [
        'import "server-only";',
        'import { formatMoney } from "@/lib/format/money";',
        'import { eventUrl } from "@/lib/tenancy/event-url";',
        'import type { Event } from "@/lib/events/org-event";',
        'import type { FieldDefinition } from "@/lib/forms/definitions";',
        "export type T = [Event, FieldDefinition, typeof formatMoney, typeof eventUrl];",
        "",
      ].join("\n");
      expect(await ruleIds("lib/orders/fixture.ts", code)).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

describe('lint: import "server-only" first', () => {
  it(
    "fails a lib/ module that uses the database client without it, and one that reads a secret",
    async () => {
      const db = await ruleIds(
        "lib/orders/fixture.ts",
        'import { getDb } from "@/db/client";\nexport const db = () => getDb();\n',
      );
      expect(db).toEqual([
        expect.stringMatching(/^boundaries\/server-only-first: This module imports the database/),
      ]);
      const secret = await ruleIds(
        "lib/team/fixture.ts",
        'import { env } from "@/lib/env";\nexport const key = () => env().secret;\n',
      );
      expect(secret).toEqual([
        expect.stringMatching(/^boundaries\/server-only-first: This module reads the secret/),
      ]);
    },
    LINT_TIMEOUT,
  );

  it(
    "passes the same module when server-only comes first, and type-only database imports without it",
    async () => {
      const code =
        'import "server-only";\nimport { getDb } from "@/db/client";\nexport const db = () => getDb();\n';
      expect(await ruleIds("lib/orders/fixture.ts", code)).toEqual([]);
      const types = 'import type { Db } from "@/db/client";\nexport type Handle = Db;\n';
      expect(await ruleIds("lib/orders/fixture.ts", types)).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

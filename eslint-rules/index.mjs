// Local lint rules for the module boundaries (docs/architecture.md, ADR 017).
import path from "node:path";
import { createImportGraph, resolveSpecifier } from "./import-graph.mjs";

const root = path.resolve(import.meta.dirname, "..");
/** One graph per process: each file is read once per lint run, however many files reach it. */
const graph = createImportGraph(root);

function sourcesOf(node) {
  if (node.type === "ImportExpression") return node.source.type === "Literal" ? node.source : null;
  return node.source ?? null;
}

const noImportCycle = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Forbid import cycles between project files, type-only imports included (import/no-cycle skips those).",
    },
    schema: [],
    messages: { cycle: "Import cycle: {{chain}}. Move what both need into a module that imports neither." },
  },
  create(context) {
    const file = context.filename;
    function check(node) {
      const source = sourcesOf(node);
      if (!source || typeof source.value !== "string") return;
      const target = resolveSpecifier(root, file, source.value);
      if (!target || !/\.tsx?$/.test(target) || target.includes(`${path.sep}node_modules${path.sep}`)) return;
      const chain = target === file ? [] : graph.cycleThrough(file, target);
      if (!chain) return;
      const names = [file, ...chain, file].map((f) => path.relative(root, f));
      context.report({ node: source, messageId: "cycle", data: { chain: names.join(" -> ") } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const SECRET_ENV = new Set([
  "secret",
  "APP_SECRET",
  "AUTH_GITHUB_SECRET",
  "RESEND_API_KEY",
  "BLOB_READ_WRITE_TOKEN",
  "CRON_SECRET",
  "METRICS_TOKEN",
  "DATABASE_URL",
]);

/** The database client and the schema's tables; db/schema/enum-values.ts is plain lists, safe anywhere. */
function isDatabaseModule(target) {
  const relative = path.relative(root, target).split(path.sep).join("/");
  if (relative === "db/client.ts") return true;
  return relative.startsWith("db/schema/") && relative !== "db/schema/enum-values.ts";
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

const serverOnlyFirst = {
  meta: {
    type: "problem",
    docs: {
      description:
        'Modules that use the database client or tables, or read a secret, start with import "server-only".',
    },
    schema: [],
    messages: {
      missing:
        'This module {{why}}: make `import "server-only";` its first statement, so a client component importing it fails the build instead of shipping it.',
    },
  },
  create(context) {
    const file = context.filename;
    let why = null;
    let reportAt = null;
    const note = (node, reason) => {
      if (!why) {
        why = reason;
        reportAt = node;
      }
    };
    return {
      ImportDeclaration(node) {
        if (isTypeOnly(node)) return;
        const target = resolveSpecifier(root, file, node.source.value);
        if (target && isDatabaseModule(target)) note(node, `imports the database (${node.source.value})`);
      },
      MemberExpression(node) {
        const name = node.property.type === "Identifier" ? node.property.name : node.property.value;
        if (!SECRET_ENV.has(name)) return;
        const object = node.object;
        const readsEnv =
          (object.type === "CallExpression" &&
            object.callee.type === "Identifier" &&
            object.callee.name === "env") ||
          (object.type === "MemberExpression" &&
            object.object.type === "Identifier" &&
            object.object.name === "process" &&
            object.property.type === "Identifier" &&
            object.property.name === "env");
        if (readsEnv) note(node, `reads the secret ${name}`);
      },
      "Program:exit"(program) {
        if (!why) return;
        const first = program.body[0];
        const ok =
          first?.type === "ImportDeclaration" &&
          first.source.value === "server-only" &&
          first.specifiers.length === 0;
        if (!ok) context.report({ node: reportAt, messageId: "missing", data: { why } });
      },
    };
  },
};

const plugin = {
  meta: { name: "swagstand-boundaries" },
  rules: { "no-import-cycle": noImportCycle, "server-only-first": serverOnlyFirst },
};
export default plugin;

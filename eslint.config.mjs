import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "./eslint-rules/index.mjs";

// The layers of docs/architecture.md, lowest first. A folder may import its own layer and the ones below it.
const leaves = [
  "lib/format",
  "lib/validation",
  "lib/db-errors",
  "lib/crypto",
  "lib/http",
  "lib/tenancy",
  "lib/env.ts",
  "lib/limits.ts",
];
const services = [
  "lib/observability",
  "lib/rate-limit",
  "lib/storage",
  "lib/audit",
  "lib/outage",
  "lib/mail",
  "lib/maintenance",
  "lib/flags",
  "lib/settings",
];
const access = ["lib/auth", "lib/actions"];
const domains = [
  "lib/events",
  "lib/pages",
  "lib/forms",
  "lib/catalog",
  "lib/team",
  "lib/orders",
  "lib/privacy",
];
const below = (folders) => folders.map((f) => (f.endsWith(".ts") ? f : `${f}/**`));
const zone = (target, from, message) => ({ target: below(target), from: below(from), message });

const boundaryZones = [
  {
    // db/seed.ts is a script that builds demo data through the domain, so it may use lib/.
    target: ["db/schema/**", "db/{client,config,env,local-server,migrate,seed-images,timeouts}.ts"],
    from: ["lib/**", "app/**", "components/**", "emails/**"],
    // The only exceptions: the types of JSON columns (type-only imports, erased at run time).
    except: [
      "**/lib/events/page-content.ts",
      "**/lib/forms/field-schemas.ts",
      "**/lib/pages/page-document.ts",
      "**/lib/pages/theme.ts",
    ],
    message: "db/ imports nothing from lib/ (docs/architecture.md): pass values in, or move them into db/.",
  },
  zone(
    ["components"],
    ["app"],
    "Components never import from app/: the route passes server actions as props.",
  ),
  zone(["lib", "emails"], ["app", "components"], "lib/ and emails/ never import routes or components."),
  zone(
    [...leaves, "emails"],
    [...services, ...access, ...domains],
    "Leaf modules (and email templates) import only other leaves and db/ (docs/architecture.md).",
  ),
  zone(
    services,
    [...access, ...domains],
    "Services (mail, storage, rate limits…) do not import auth or a domain.",
  ),
  zone(access, domains, "Authentication and the action factories do not import a domain."),
  zone(
    ["lib/events"],
    ["lib/pages", "lib/forms", "lib/catalog", "lib/team", "lib/orders"],
    "lib/events is the lowest domain.",
  ),
  zone(
    ["lib/pages"],
    ["lib/forms", "lib/catalog", "lib/team", "lib/orders"],
    "Landing pages use only the events domain (docs/architecture.md).",
  ),
  zone(["lib/forms", "lib/catalog"], ["lib/team", "lib/orders"], "Forms and catalog sit below orders."),
  zone(["lib/forms"], ["lib/catalog"], "Forms and catalog are independent of each other."),
  zone(["lib/catalog"], ["lib/forms"], "Forms and catalog are independent of each other."),
  zone(
    ["lib/team"],
    ["lib/events", "lib/forms", "lib/catalog", "lib/orders"],
    "lib/team knows no event domain.",
  ),
  zone(["lib/orders"], ["lib/team"], "Orders do not import the team domain."),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Every string the app accepts must refuse NUL and lone surrogates (Postgres cannot store them): build
    // string schemas with text() from lib/validation/text.ts, never z.string() directly.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "test/**", "bench/**", "scripts/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
          message: "Use text() from @/lib/validation/text: it refuses text Postgres cannot store.",
        },
      ],
    },
  },
  {
    // Module boundaries (docs/architecture.md, ADR 017). Test code may cross them to set up a world.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "**/test-*.ts", "e2e/**", "test/**", "bench/**", "scripts/**"],
    plugins: { boundaries },
    settings: {
      // Resolve "@/..." through tsconfig paths, or the zones below would silently see nothing.
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
    },
    rules: {
      "boundaries/no-import-cycle": "error",
      "import/no-restricted-paths": ["error", { zones: boundaryZones }],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx", "db/**/*.ts"],
    // The schema is loaded by drizzle-kit (no react-server condition); the env modules are the configuration
    // itself, read by scripts and tests too: the modules that use a secret are the ones checked.
    ignores: [
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/test-*.ts",
      "db/schema/**",
      "db/migrations/**",
      "db/env.ts",
      "lib/env.ts",
    ],
    plugins: { boundaries },
    rules: { "boundaries/server-only-first": "error" },
  },
  {
    ignores: [
      "test/lint-fixtures/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "db/migrations/**",
      "playwright-report/**",
      "test-results/**",
      "scratch/**",
      "next-env.d.ts",
    ],
  },
];
export default config;

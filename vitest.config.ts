import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const integration = (driver: "node-postgres" | "neon") => ({
  extends: true as const,
  test: {
    name: `integration:${driver}`,
    include: ["**/*.integration.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    globalSetup: ["test/global-setup.ts"],
    env: { TEST_DB_DRIVER: driver },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/empty-module.ts"),
      "next/font/local": path.join(root, "test/next-font-local.ts"),
    },
  },
  test: {
    environment: "node",
    // next-auth's ESM imports "next/server" without an extension; bundling it lets Vite resolve that.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [
            "**/*.integration.test.ts",
            "**/*.dom.test.tsx",
            "node_modules/**",
            ".next/**",
            "e2e/**",
            ".data/**",
          ],
        },
      },
      {
        // Interaction tests: components in jsdom, driven with Testing Library's user-event (ADR 005).
        extends: true,
        test: {
          name: "dom",
          include: ["**/*.dom.test.tsx"],
          exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
          environment: "jsdom",
          setupFiles: ["test/dom-setup.ts"],
          // Role queries walk the accessibility tree in jsdom: seconds per test on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      integration("node-postgres"),
      integration("neon"),
    ],
  },
});

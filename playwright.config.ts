import { defineConfig, devices } from "@playwright/test";
import { E2E_RESEND_WEBHOOK_SECRET } from "./e2e/support/webhooks";

/**
 * End-to-end tests run against a production build (`next build` happens in `npm run test:e2e`) served with a
 * throwaway embedded Postgres on its own port, seeded with the demo data. Chromium comes from the system.
 */
// Overridable so two checkouts (git worktrees) can run their suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349);
/** The e2e server's one operator (OPERATOR_EMAILS, ADR 027): e2e/dashboard-flag-flip.spec.ts signs in as it. */
export const E2E_OPERATOR_EMAIL = "operator@e2e.example.com";
const chromium = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath: chromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /attendee.*\.spec\.ts/ },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
      testIgnore: /attendee.*\.spec\.ts/,
    },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/dev.ts start --fresh",
    url: `http://localhost:${E2E_PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      EMBEDDED_PG_PORT: String(E2E_PG_PORT),
      ROOT_DOMAIN: `localhost:${E2E_PORT}`,
      LOG_LEVEL: "warn",
      // Delivery webhooks are signed with this test secret (e2e/support/webhooks.ts, ADR 032).
      RESEND_WEBHOOK_SECRET: E2E_RESEND_WEBHOOK_SECRET,
      OPERATOR_EMAILS: E2E_OPERATOR_EMAIL,
    },
  },
});

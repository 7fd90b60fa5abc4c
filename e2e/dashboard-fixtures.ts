import { test as base, type Page } from "@playwright/test";
import { createSignedInUser, type Role } from "./support/db";
import { Mailbox } from "./pages/mailbox";

/** The seeded demo organisation (db/seed.ts DEMO.orgId). */
export const DEMO_ORG_ID = "00000000-0000-4000-8000-000000000001";
export const DEMO_ORGANISER_EMAIL = "organiser@example.com";

/**
 * Dashboard specs sign in through this fixture: a user and session written to the database, and Auth.js's
 * session cookie set in the browser. One spec (dashboard-sign-in.spec.ts) covers the real magic-link flow.
 */
export const test = base.extend<{
  signInAs: (
    role: Role,
    options?: { orgId?: string; page?: Page },
  ) => Promise<{ email: string; userId: string }>;
  mailbox: Mailbox;
}>({
  signInAs: async ({ page, baseURL }, provide) => {
    await provide(async (role, options = {}) => {
      const target = options.page ?? page;
      const user = await createSignedInUser({ orgId: options.orgId ?? DEMO_ORG_ID, role });
      await target.context().addCookies([
        {
          name: "authjs.session-token",
          value: user.sessionToken,
          url: baseURL!,
          httpOnly: true,
          sameSite: "Lax",
        },
      ]);
      return { email: user.email, userId: user.userId };
    });
  },
  mailbox: async ({ page }, provide) => provide(new Mailbox(page)),
});

export { expect } from "@playwright/test";

import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * Stands in for lib/auth/current-user.ts in integration tests (the Auth.js session needs a request).
 * Everything after it — membership, role, scoping — is the real code on the real database.
 *
 *   vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
 */
// On globalThis, not in a module variable: a test that reloads modules (vi.resetModules, to give a route its
// own environment) gets a fresh copy of this module, which must still see who the test acts as.
const state = globalThis as { authzCurrentUser?: CurrentUser | null };

export function actAs(user: CurrentUser | null): void {
  state.authzCurrentUser = user;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return state.authzCurrentUser ?? null;
}

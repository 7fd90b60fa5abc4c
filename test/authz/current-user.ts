import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * Stands in for lib/auth/current-user.ts in integration tests (the Auth.js session needs a request).
 * Everything after it — membership, role, scoping — is the real code on the real database.
 *
 *   vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
 */
let current: CurrentUser | null = null;

export function actAs(user: CurrentUser | null): void {
  current = user;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return current;
}

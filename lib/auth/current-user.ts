import "server-only";
import { auth } from "./auth";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The signed-in user from the Auth.js database session, or null. Every dashboard action and loader starts
 * here (through lib/actions/define.ts); the integration tests replace this module to act as a given user.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
}

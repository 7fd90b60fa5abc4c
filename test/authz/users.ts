import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/permissions";

/** A user with a unique email, optionally made a member of an organisation. */
export async function createTestUser(
  db: Db,
  { orgId, role, name }: { orgId?: string; role?: Role; name?: string } = {},
): Promise<CurrentUser> {
  const email = `user-${randomUUID().slice(0, 12)}@example.com`;
  const [user] = await db
    .insert(users)
    .values({ email, name: name ?? `Test ${role ?? "user"}`, emailVerified: new Date() })
    .returning();
  if (!user) throw new Error("could not create a test user");
  if (orgId && role) await db.insert(memberships).values({ orgId, userId: user.id, role });
  return { id: user.id, email, name: user.name };
}

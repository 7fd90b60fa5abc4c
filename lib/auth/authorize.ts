import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships } from "@/db/schema";
import { ForbiddenError } from "./errors";
import { can, type Permission, type Role } from "./permissions";
import { isUuid } from "@/lib/format/uuid";

/** A signed-in user's standing in one organisation: what every dashboard query is scoped by. */
export interface Member {
  userId: string;
  orgId: string;
  role: Role;
  can(permission: Permission): boolean;
}

/**
 * The one authorisation check (ARCHITECTURE decision 6): the user must belong to the organisation and their
 * role must hold the permission. Throws ForbiddenError otherwise, the same for "no such organisation".
 */
export async function requireMember(
  db: Db,
  { userId, orgId, permission }: { userId: string; orgId: string; permission: Permission },
): Promise<Member> {
  if (!isUuid(orgId)) throw new ForbiddenError();
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!row || !can(row.role, permission)) throw new ForbiddenError();
  const role = row.role;
  return { userId, orgId, role, can: (p) => can(role, p) };
}

import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { createOrderFixture, type FixtureItem } from "@/lib/orders/test-fixtures";
import { createTestUser } from "@/test/authz/users";

/** An event of a fresh organisation with an organiser, a viewer and an outsider (owner of another org). */
export async function catalogWorld(db: Db, options: { items?: FixtureItem[]; currency?: string } = {}) {
  const fixture = await createOrderFixture(db, {
    currency: options.currency,
    items: options.items ?? [
      {
        name: "T-shirt",
        maxPerOrder: 2,
        variants: [
          { label: "M", stock: 10 },
          { label: "L", stock: 5 },
        ],
      },
      { name: "Sticker", variants: [{ label: "One size", stock: 100 }] },
    ],
  });
  const orgId = fixture.event.orgId;
  const as = async (role: Role) => createTestUser(db, { orgId, role });
  const other = await createOrderFixture(db);
  return {
    fixture,
    orgId,
    eventId: fixture.event.id,
    organiser: await as("organiser"),
    viewer: await as("viewer"),
    marketer: await as("marketer"),
    outsider: await createTestUser(db, { orgId: other.event.orgId, role: "owner" }),
    other,
  };
}

export async function auditActions(db: Db, orgId: string, targetId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditEntries.action })
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.targetId, targetId)))
    .orderBy(auditEntries.id);
  return rows.map((r) => r.action);
}

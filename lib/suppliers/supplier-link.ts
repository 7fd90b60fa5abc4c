import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, suppliers, supplierLinks } from "@/db/schema";
import { hashToken, hmacToken, isWellFormedToken } from "@/lib/crypto/hmac-token";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";

/**
 * The supplier's private, expiring link to its list for an event (issue 12 part 3). The token is derived from
 * the link's id with the app secret, so an email can carry it without it being stored; the database keeps its
 * sha256. Tampered, unknown, expired and revoked tokens all resolve to nothing, so the page is a plain 404.
 */
export function supplierLinkToken(linkId: string, secret = env().secret): string {
  return hmacToken("supplier-link", linkId, secret);
}

export function supplierLinkUrl(linkId: string): string {
  return `${env().appUrl}/supplier/${supplierLinkToken(linkId)}`;
}

/** A fresh link for the supplier at the event; any earlier one stops working. */
export async function issueSupplierLink(
  tx: Db,
  { supplierId, eventId }: { supplierId: string; eventId: string },
): Promise<string> {
  await tx
    .update(supplierLinks)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(supplierLinks.supplierId, supplierId),
        eq(supplierLinks.eventId, eventId),
        isNull(supplierLinks.revokedAt),
      ),
    );
  const id = crypto.randomUUID();
  await tx.insert(supplierLinks).values({
    id,
    supplierId,
    eventId,
    tokenHash: hashToken(supplierLinkToken(id)),
    expiresAt: new Date(Date.now() + limits.supplierLinkMaxAgeMs),
  });
  return id;
}

/** The link a dispatch carries: the current one while it is valid, else a new one. */
export async function currentSupplierLink(
  tx: Db,
  { supplierId, eventId }: { supplierId: string; eventId: string },
): Promise<string> {
  const [link] = await tx
    .select({ id: supplierLinks.id })
    .from(supplierLinks)
    .where(
      and(
        eq(supplierLinks.supplierId, supplierId),
        eq(supplierLinks.eventId, eventId),
        isNull(supplierLinks.revokedAt),
        gt(supplierLinks.expiresAt, sql`now() + interval '1 day'`),
      ),
    )
    .orderBy(desc(supplierLinks.createdAt))
    .limit(1);
  return link?.id ?? issueSupplierLink(tx, { supplierId, eventId });
}

/** What a valid token opens: the supplier and the event; null for anything else. */
export async function resolveSupplierLink(db: Db, token: string) {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db
    .select({
      linkId: supplierLinks.id,
      supplier: suppliers,
      event: {
        id: events.id,
        orgId: events.orgId,
        name: events.name,
        slug: events.slug,
        timeZone: events.timeZone,
      },
    })
    .from(supplierLinks)
    .innerJoin(suppliers, eq(suppliers.id, supplierLinks.supplierId))
    .innerJoin(events, and(eq(events.id, supplierLinks.eventId), eq(events.orgId, suppliers.orgId)))
    .where(
      and(
        eq(supplierLinks.tokenHash, hashToken(token)),
        isNull(supplierLinks.revokedAt),
        gt(supplierLinks.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

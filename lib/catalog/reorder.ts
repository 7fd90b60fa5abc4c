import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, variants } from "@/db/schema";
import { reject } from "@/lib/validation/action-result";
import { lockItem } from "./item-locks";
import { getOrgEvent } from "@/lib/events/org-event";

type Actor = { orgId: string; userId: string };

const STALE =
  "The list changed since this page was loaded (an item was added, archived or removed). Reload the page and try again.";

function sameSet(current: string[], submitted: string[]): boolean {
  if (current.length !== submitted.length) return false;
  const submittedSet = new Set(submitted);
  return submittedSet.size === submitted.length && current.every((id) => submittedSet.has(id));
}

/** Positions from a complete ordered list, in one statement. */
function positionsFrom(ids: string[]) {
  return sql`(select id, (ord - 1)::int as position from unnest(${sql.param(ids)}::uuid[]) with ordinality as t(id, ord))`;
}

/**
 * Sets the order of the event's current (unarchived) items from the complete list as the organiser sees it.
 * Anything but exactly that set means the page is stale, and nothing is changed: applying a partial order
 * would silently move items the organiser never saw.
 */
export async function reorderItems({
  db,
  actor,
  eventId,
  itemIds,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemIds: string[];
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  await db.transaction(async (tx) => {
    const current = await tx
      .select({ id: items.id })
      .from(items)
      .where(and(eq(items.eventId, event.id), isNull(items.archivedAt)))
      .for("update");
    if (
      !sameSet(
        current.map((r) => r.id),
        itemIds,
      )
    )
      reject("conflict", STALE);
    const p = positionsFrom(itemIds);
    await tx.execute(
      sql`update ${items} set display_order = p.position from ${p} as p where ${items.id} = p.id and ${items.eventId} = ${event.id}`,
    );
  });
}

export async function reorderVariants({
  db,
  actor,
  eventId,
  itemId,
  variantIds,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  variantIds: string[];
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  await db.transaction(async (tx) => {
    const item = await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
    const current = await tx
      .select({ id: variants.id })
      .from(variants)
      .where(and(eq(variants.itemId, item.id), eq(variants.eventId, event.id)));
    if (
      !sameSet(
        current.map((r) => r.id),
        variantIds,
      )
    ) {
      reject(
        "conflict",
        "The variants changed since this page was loaded (one was added or deleted). Reload the page and try again.",
      );
    }
    const p = positionsFrom(variantIds);
    await tx.execute(
      sql`update ${variants} set display_order = p.position from ${p} as p where ${variants.id} = p.id and ${variants.itemId} = ${item.id}`,
    );
  });
}

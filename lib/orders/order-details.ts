import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, formVersions, items, orderLines, orderStatusHistory, variants } from "@/db/schema";
import { formatAnswers } from "@/lib/forms/format-answers";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { brandingFrom } from "@/lib/events/page-branding";
import { sortLines } from "@/lib/format/order-lines";

/**
 * An existing order's lines in the event's item and variant order (lib/format/order-lines.ts), so the pages
 * and every email list them alike. Names and labels are the order's snapshots; positions and whether the item
 * has a single variant are the catalogue's current ones.
 */
export async function loadOrderLines({ db, orderId }: { db: Db; orderId: string }) {
  const rows = await db
    .select({
      variantId: orderLines.variantId,
      itemId: orderLines.itemId,
      itemName: orderLines.itemName,
      itemPosition: items.displayOrder,
      variantLabel: orderLines.variantLabel,
      variantPosition: variants.displayOrder,
      singleVariant: sql<boolean>`(select count(*) = 1 from ${variants} as siblings where siblings.item_id = ${orderLines.itemId})`,
      quantity: orderLines.quantity,
      unitPriceMinor: orderLines.unitPriceMinor,
    })
    .from(orderLines)
    .innerJoin(items, eq(items.id, orderLines.itemId))
    .innerJoin(variants, eq(variants.id, orderLines.variantId))
    .where(eq(orderLines.orderId, orderId));
  return sortLines(rows);
}

export async function loadStatusHistory({ db, orderId }: { db: Db; orderId: string }) {
  return (
    db
      .select({
        fromStatus: orderStatusHistory.fromStatus,
        toStatus: orderStatusHistory.toStatus,
        actor: orderStatusHistory.actor,
        createdAt: orderStatusHistory.createdAt,
      })
      .from(orderStatusHistory)
      // A supplier's mark on part of the order keeps the status (ADR 033): not a status change for the attendee.
      .where(
        and(
          eq(orderStatusHistory.orderId, orderId),
          sql`${orderStatusHistory.fromStatus} is distinct from ${orderStatusHistory.toStatus}`,
        ),
      )
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id))
  );
}

/** The event's current branding (newest published page), for pages and emails about an existing order. */
export async function loadBranding({
  db,
  event,
}: {
  db: Db;
  event: { id: string; name: string; slug: string };
}) {
  const [page] = await db
    .select({ content: eventPages.content })
    .from(eventPages)
    .where(and(eq(eventPages.eventId, event.id), isNotNull(eventPages.publishedAt)))
    .orderBy(desc(eventPages.publishedAt), desc(eventPages.version))
    .limit(1);
  return brandingFrom({ eventName: event.name, eventSlug: event.slug, pageContent: page?.content });
}

/**
 * Answers formatted by the form version the order was placed against, so later form edits never change them;
 * times in the event's zone, as the attendee reads every other time.
 */
export async function loadFormattedAnswers({
  db,
  formVersionId,
  answers,
  timeZone,
}: {
  db: Db;
  formVersionId: string | null;
  answers: Record<string, unknown>;
  timeZone: string;
}): Promise<{ key: string; label: string; value: string }[]> {
  if (!formVersionId) return [];
  const [form] = await db
    .select({ fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.id, formVersionId))
    .limit(1);
  if (!form) return [];
  return formatAnswers({ fields: form.fields as FieldDefinition[], answers, maskPersonal: false, timeZone });
}

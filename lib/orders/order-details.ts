import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, formVersions, orderLines, orderStatusHistory } from "@/db/schema";
import { formatAnswers } from "@/lib/forms/format-answers";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { brandingFrom } from "./branding";

/** An existing order's lines, sorted by item and variant so every view lists them alike. */
export async function loadOrderLines({ db, orderId }: { db: Db; orderId: string }) {
  return db
    .select({
      variantId: orderLines.variantId,
      itemName: orderLines.itemName,
      variantLabel: orderLines.variantLabel,
      quantity: orderLines.quantity,
      unitPriceMinor: orderLines.unitPriceMinor,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.itemName), asc(orderLines.variantLabel));
}

export async function loadStatusHistory({ db, orderId }: { db: Db; orderId: string }) {
  return db
    .select({
      fromStatus: orderStatusHistory.fromStatus,
      toStatus: orderStatusHistory.toStatus,
      actor: orderStatusHistory.actor,
      createdAt: orderStatusHistory.createdAt,
    })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id));
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

/** Answers formatted by the form version the order was placed against, so later form edits never change them. */
export async function loadFormattedAnswers({
  db,
  formVersionId,
  answers,
}: {
  db: Db;
  formVersionId: string | null;
  answers: Record<string, unknown>;
}): Promise<{ key: string; label: string; value: string }[]> {
  if (!formVersionId) return [];
  const [form] = await db
    .select({ fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.id, formVersionId))
    .limit(1);
  if (!form) return [];
  return formatAnswers({ fields: form.fields as FieldDefinition[], answers, maskPersonal: false });
}

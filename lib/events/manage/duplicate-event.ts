import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events, formVersions, items, variants, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { getOrgEvent } from "@/lib/events/org-event";
import { assertSlugFree, withUniqueSlug } from "./slug-uniqueness";
import { zonedLocalToUtc } from "@/lib/format/wall-clock";
import { copySupplierAssignments } from "@/lib/suppliers/assignment";

export type DuplicateSummary = {
  items: number;
  variants: number;
  formCopied: boolean;
  pageCopied: boolean;
};

/**
 * Where the copy's ordering window goes: moved by as much as the start moved, so "orders open four weeks
 * before" stays true; cleared when either start is unknown, rather than copying last year's dates.
 */
function shiftedWindow(
  source: Pick<Event, "startsAt" | "orderingOpensAt" | "orderingClosesAt">,
  newStartsAt: Date | null,
): { orderingOpensAt: Date | null; orderingClosesAt: Date | null } {
  if (!source.startsAt || !newStartsAt) return { orderingOpensAt: null, orderingClosesAt: null };
  const delta = newStartsAt.getTime() - source.startsAt.getTime();
  const move = (d: Date | null) => (d ? new Date(d.getTime() + delta) : null);
  return { orderingOpensAt: move(source.orderingOpensAt), orderingClosesAt: move(source.orderingClosesAt) };
}

/**
 * "Same as last year": a new draft event with the source's settings, its items that are not archived with
 * their variants (stock reset to 0: last year's counts mean nothing now), its newest form as version 1 and
 * its newest landing page as an unpublished version 1 (published with the event) and its published page as the
 * copy's page draft. Images are shared by blob id, not copied. No orders.
 * One transaction: the copy is complete or absent. Dates are datetime-local values in the source's zone.
 */
export async function duplicateEvent({
  db,
  orgId,
  eventId,
  actorUserId,
  name,
  slug,
  startsAt: startsLocal,
  endsAt: endsLocal,
  copyPageDraft,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  actorUserId: string;
  name: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  /** Makes the copy's page draft from the source's page (lib/pages, which this domain cannot import). */
  copyPageDraft: (
    tx: Db,
    copy: { orgId: string; sourceEventId: string; event: Event; actorUserId: string },
  ) => Promise<void>;
}): Promise<{ event: Event; copied: DuplicateSummary }> {
  return withUniqueSlug(() =>
    db.transaction(async (tx) => {
      // Locked so the items, form and page copied are one consistent state of the source.
      const source = await getOrgEvent({ db: tx, orgId, eventId, lock: true });
      const startsAt = startsLocal ? zonedLocalToUtc(startsLocal, source.timeZone) : null;
      const endsAt = endsLocal ? zonedLocalToUtc(endsLocal, source.timeZone) : null;
      if (startsAt && endsAt && endsAt <= startsAt) {
        reject("invalid_input", "Please correct the highlighted fields.", {
          endsAt: ["The event must end after it starts"],
        });
      }
      await assertSlugFree(tx, slug);

      const [event] = await tx
        .insert(events)
        .values({
          orgId,
          name,
          slug,
          status: "draft",
          timeZone: source.timeZone,
          startsAt,
          endsAt,
          ...shiftedWindow(source, startsAt),
          maxOrdersPerAttendee: source.maxOrdersPerAttendee,
          currency: source.currency,
          referencePrefix: source.referencePrefix,
        })
        .returning();
      if (!event) throw new Error("event insert returned no row");

      const copied = {
        ...(await copyCatalog(tx, source.id, event.id)),
        formCopied: await copyNewestForm(tx, source.id, event.id),
        pageCopied: await copyNewestPage(tx, source.id, event.id),
      };
      await copyPageDraft(tx, { orgId, sourceEventId: source.id, event, actorUserId });
      await recordAudit(tx, {
        orgId,
        actorUserId,
        action: "event.duplicated",
        targetType: "event",
        targetId: event.id,
        details: { sourceEventId: source.id, ...copied },
      });
      return { event, copied };
    }),
  );
}

async function copyCatalog(tx: Db, sourceId: string, targetId: string) {
  const sourceItems = await tx
    .select()
    .from(items)
    .where(and(eq(items.eventId, sourceId), isNull(items.archivedAt)))
    .orderBy(asc(items.displayOrder), asc(items.createdAt), asc(items.id));
  if (sourceItems.length === 0) return { items: 0, variants: 0 };

  // Ids chosen here so each variant can point at its item's copy without relying on RETURNING's order.
  const newIds = new Map(sourceItems.map((item) => [item.id, randomUUID()]));
  await tx.insert(items).values(
    sourceItems.map((item) => ({
      id: newIds.get(item.id)!,
      eventId: targetId,
      name: item.name,
      description: item.description,
      imageBlobId: item.imageBlobId,
      priceMinor: item.priceMinor,
      maxPerOrder: item.maxPerOrder,
      active: item.active,
      displayOrder: item.displayOrder,
    })),
  );

  const sourceVariants = await tx
    .select()
    .from(variants)
    .where(and(eq(variants.eventId, sourceId), inArray(variants.itemId, [...newIds.keys()])))
    .orderBy(asc(variants.displayOrder), asc(variants.createdAt), asc(variants.id));
  if (sourceVariants.length > 0) {
    await tx.insert(variants).values(
      sourceVariants.map((variant) => ({
        itemId: newIds.get(variant.itemId)!,
        eventId: targetId,
        label: variant.label,
        stock: 0,
        displayOrder: variant.displayOrder,
      })),
    );
  }
  await copySupplierAssignments(tx, { sourceEventId: sourceId, targetEventId: targetId, itemIds: newIds });
  return { items: sourceItems.length, variants: sourceVariants.length };
}

async function copyNewestForm(tx: Db, sourceId: string, targetId: string): Promise<boolean> {
  const [form] = await tx
    .select({ fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.eventId, sourceId))
    .orderBy(desc(formVersions.version))
    .limit(1);
  if (!form) return false;
  await tx.insert(formVersions).values({ eventId: targetId, version: 1, fields: form.fields });
  return true;
}

async function copyNewestPage(tx: Db, sourceId: string, targetId: string): Promise<boolean> {
  const [page] = await tx
    .select({ content: eventPages.content, document: eventPages.document, theme: eventPages.theme })
    .from(eventPages)
    .where(eq(eventPages.eventId, sourceId))
    .orderBy(desc(eventPages.version))
    .limit(1);
  if (!page) return false;
  await tx.insert(eventPages).values({ eventId: targetId, version: 1, ...page, publishedAt: null });
  return true;
}

import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formVersions, orders, users } from "@/db/schema";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { diffForms, type FormChange } from "./diff";

export type FormVersionSummary = {
  version: number;
  publishedAt: Date;
  /** Name, else email; null when unknown (published by a seed or a since-deleted account). */
  publishedBy: string | null;
  fieldCount: number;
  /** Orders answered on this version: they keep it whatever is published later. */
  orderCount: number;
  /** Compared with the version before it; for version 1, every field is "added". */
  changes: FormChange[];
};

/** The form's history, newest first. The event must already be scoped to the organisation. */
export async function listFormVersions({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<FormVersionSummary[]> {
  const orderCounts = db
    .select({ formVersionId: orders.formVersionId, n: count().as("n") })
    .from(orders)
    .where(eq(orders.eventId, eventId))
    .groupBy(orders.formVersionId)
    .as("order_counts");
  const rows = await db
    .select({
      version: formVersions.version,
      fields: formVersions.fields,
      publishedAt: formVersions.publishedAt,
      name: users.name,
      email: users.email,
      orderCount: orderCounts.n,
    })
    .from(formVersions)
    .leftJoin(users, eq(users.id, formVersions.publishedByUserId))
    .leftJoin(orderCounts, eq(orderCounts.formVersionId, formVersions.id))
    .where(eq(formVersions.eventId, eventId))
    .orderBy(asc(formVersions.version));

  let previous: readonly FieldDefinition[] = [];
  const summaries = rows.map((row) => {
    const summary: FormVersionSummary = {
      version: row.version,
      publishedAt: row.publishedAt,
      publishedBy: row.name?.trim() || row.email || null,
      fieldCount: row.fields.length,
      orderCount: Number(row.orderCount ?? 0),
      changes: diffForms(previous, row.fields),
    };
    previous = row.fields;
    return summary;
  });
  return summaries.reverse();
}

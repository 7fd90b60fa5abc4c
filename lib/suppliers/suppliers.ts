import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { itemSuppliers, suppliers, type Supplier } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/format/uuid";
import { reject } from "@/lib/validation/action-result";
import type { SupplierFields } from "./schemas";

/**
 * An organisation's suppliers. Every query is scoped by the organisation: a supplier id from the browser is
 * only trusted after that join, and another organisation's supplier is simply "not found".
 */
type Actor = { orgId: string; userId: string };

export const SUPPLIERS_PAGE_SIZE = 25;

const NAME_TAKEN = "Another supplier of this organisation already has this name";

function isNameTaken(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } })?.cause ?? error;
  const e = cause as { code?: string; constraint?: string };
  return e?.code === "23505" && e.constraint === "suppliers_org_name_key";
}

function columns(fields: SupplierFields) {
  const batch = fields.dispatchMode === "batch";
  return {
    name: fields.name,
    emails: fields.emails,
    note: fields.note,
    dispatchMode: fields.dispatchMode,
    batchSchedule: fields.batchSchedule,
    // Only meaningful for a daily batch; cleared otherwise so the row never says two things.
    dailyAt: batch && fields.batchSchedule === "daily" ? fields.dailyAt : null,
  };
}

/** A name already taken is a field error, checked by the unique index so two concurrent saves cannot both pass. */
async function withNameCheck<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isNameTaken(error))
      reject("invalid_input", "Please correct the highlighted fields.", { name: [NAME_TAKEN] });
    throw error;
  }
}

export async function getSupplier({ db, orgId, supplierId }: { db: Db; orgId: string; supplierId: string }) {
  if (!isUuid(supplierId)) return null;
  const [row] = await db
    .select()
    .from(suppliers)
    .where(and(eq(suppliers.id, supplierId), eq(suppliers.orgId, orgId)));
  return row ?? null;
}

export async function requireSupplier(args: {
  db: Db;
  orgId: string;
  supplierId: string;
}): Promise<Supplier> {
  const supplier = await getSupplier(args);
  if (!supplier) reject("not_found", "This supplier does not exist.");
  return supplier;
}

export async function listSuppliers({ db, orgId, page }: { db: Db; orgId: string; page: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        supplier: suppliers,
        items:
          sql<number>`(select count(*) from ${itemSuppliers} s where s.supplier_id = ${suppliers.id})`.mapWith(
            Number,
          ),
      })
      .from(suppliers)
      .where(eq(suppliers.orgId, orgId))
      .orderBy(asc(sql`lower(${suppliers.name})`), asc(suppliers.id))
      .limit(SUPPLIERS_PAGE_SIZE)
      .offset((page - 1) * SUPPLIERS_PAGE_SIZE),
    db.select({ n: count() }).from(suppliers).where(eq(suppliers.orgId, orgId)),
  ]);
  const n = total?.n ?? 0;
  return {
    suppliers: rows.map((r) => ({ ...r.supplier, itemCount: r.items })),
    page,
    pageCount: Math.max(1, Math.ceil(n / SUPPLIERS_PAGE_SIZE)),
    total: n,
  };
}

/** All of the organisation's suppliers by name, for choosers (bounded: an organisation has a handful). */
export async function supplierChoices({ db, orgId }: { db: Db; orgId: string }) {
  return db
    .select({ id: suppliers.id, name: suppliers.name, dispatchMode: suppliers.dispatchMode })
    .from(suppliers)
    .where(eq(suppliers.orgId, orgId))
    .orderBy(asc(sql`lower(${suppliers.name})`))
    .limit(500);
}

export async function createSupplier({
  db,
  actor,
  fields,
}: {
  db: Db;
  actor: Actor;
  fields: SupplierFields;
}) {
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(suppliers)
        .values({ orgId: actor.orgId, ...columns(fields) })
        .returning();
      if (!row) throw new Error("supplier insert returned no row");
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: "supplier.created",
        targetType: "supplier",
        targetId: row.id,
        details: { mode: row.dispatchMode },
      });
      return row;
    }),
  );
}

export async function updateSupplier({
  db,
  actor,
  supplierId,
  fields,
}: {
  db: Db;
  actor: Actor;
  supplierId: string;
  fields: SupplierFields;
}) {
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(suppliers)
        .set({ ...columns(fields), updatedAt: sql`now()` })
        .where(and(eq(suppliers.id, supplierId), eq(suppliers.orgId, actor.orgId)))
        .returning();
      if (!row) reject("not_found", "This supplier does not exist.");
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: "supplier.updated",
        targetType: "supplier",
        targetId: row.id,
        details: { mode: row.dispatchMode, schedule: row.batchSchedule },
      });
      return row;
    }),
  );
}

/**
 * Deleting a supplier unassigns its items (they fall back to the organisers) and drops its dispatch history
 * with it; the orders themselves are untouched.
 */
export async function deleteSupplier({
  db,
  actor,
  supplierId,
}: {
  db: Db;
  actor: Actor;
  supplierId: string;
}) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(suppliers)
      .where(and(eq(suppliers.id, supplierId), eq(suppliers.orgId, actor.orgId)))
      .returning({ id: suppliers.id, name: suppliers.name });
    if (!row) reject("not_found", "This supplier does not exist.");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "supplier.deleted",
      targetType: "supplier",
      targetId: row.id,
    });
    return row;
  });
}

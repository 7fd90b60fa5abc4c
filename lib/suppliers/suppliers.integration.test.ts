import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { items, itemSuppliers, suppliers, supplierSharedFields } from "@/db/schema";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver, uniqueSlug } from "@/test/db";
import { catalogWorld } from "@/lib/catalog/test-setup";
import {
  createSupplierAction,
  deleteSupplierAction,
  updateSupplierAction,
} from "@/app/dashboard/[orgId]/suppliers/actions";
import { duplicateEventAction } from "@/app/dashboard/[orgId]/events/actions";
import { assignItemSupplier, chosenFieldKeys, setSharedFields } from "./assignment";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const printer = {
  name: "Print Shop",
  emails: "orders@print.example, Backup@Print.example",
  note: "Ships within a week",
  dispatchMode: "immediate",
  batchSchedule: "window_close",
  dailyAt: "",
};

/**
 * The set-up the domain-level tests share: a catalog world, its organiser as the domain's actor, and one
 * stored supplier of the organisation per name given (address `<name>@example.com`), in the order given.
 */
async function supplierWorld(...names: string[]) {
  const db = testDb();
  const w = await catalogWorld(db);
  const actor = { orgId: w.orgId, userId: w.organiser.id };
  const rows = names.length
    ? await db
        .insert(suppliers)
        .values(
          names.map((name) => ({ orgId: w.orgId, name, emails: [`${name.toLowerCase()}@example.com`] })),
        )
        .returning()
    : [];
  const supplierIds = names.map((name) => rows.find((row) => row.name === name)!.id);
  return { db, w, actor, supplierIds };
}

describe(`suppliers (${testDriver()})`, () => {
  test("create, edit and delete a supplier; addresses are split, lower-cased and de-duplicated", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    const created = await createSupplierAction({
      orgId: w.orgId,
      ...printer,
      emails: `${printer.emails}; orders@print.example`,
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    if (!created.ok) return;
    const [row] = await db.select().from(suppliers).where(eq(suppliers.id, created.data.supplierId));
    expect(row).toMatchObject({
      orgId: w.orgId,
      emails: ["orders@print.example", "backup@print.example"],
      dispatchMode: "immediate",
      dailyAt: null,
    });

    const updated = await updateSupplierAction({
      orgId: w.orgId,
      supplierId: created.data.supplierId,
      ...printer,
      dispatchMode: "batch",
      batchSchedule: "daily",
      dailyAt: "18:30",
    });
    expect(updated.ok, JSON.stringify(updated)).toBe(true);
    const [after] = await db.select().from(suppliers).where(eq(suppliers.id, created.data.supplierId));
    expect(after).toMatchObject({ dispatchMode: "batch", batchSchedule: "daily", dailyAt: "18:30" });

    const deleted = await deleteSupplierAction({ orgId: w.orgId, supplierId: created.data.supplierId });
    expect(deleted.ok).toBe(true);
    expect(await db.select().from(suppliers).where(eq(suppliers.id, created.data.supplierId))).toEqual([]);
  });

  test("bad input gets every field's message and writes nothing", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    const result = await createSupplierAction({
      orgId: w.orgId,
      name: " ",
      emails: "orders@print.example, not-an-address",
      note: "",
      dispatchMode: "batch",
      batchSchedule: "daily",
      dailyAt: "25:00",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(result.fieldErrors.name).toEqual(["Enter the supplier's name"]);
    expect(result.fieldErrors.emails?.[0]).toContain("Not an email address: not-an-address");
    expect(result.fieldErrors.dailyAt).toEqual(["Enter the time of day as HH:MM, e.g. 18:00"]);
    expect(await db.select().from(suppliers).where(eq(suppliers.orgId, w.orgId))).toEqual([]);
  });

  test("a name already used in the organisation is a field error (any case)", async () => {
    const db = testDb();
    const w = await catalogWorld(db);
    actAs(w.organiser);
    expect((await createSupplierAction({ orgId: w.orgId, ...printer })).ok).toBe(true);
    const again = await createSupplierAction({ orgId: w.orgId, ...printer, name: "PRINT SHOP" });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.fieldErrors.name).toEqual(["Another supplier of this organisation already has this name"]);
  });

  test("an item has at most one supplier; another organisation's supplier is not found", async () => {
    const { db, w, actor, supplierIds } = await supplierWorld("A", "B");
    const [a, b] = supplierIds.map((id) => ({ id }));
    const [foreign] = await db
      .insert(suppliers)
      .values({ orgId: w.other.event.orgId, name: "Foreign", emails: ["f@example.com"] })
      .returning();
    const itemId = w.fixture.items[0]!.id;
    await assignItemSupplier({ db, actor, eventId: w.eventId, itemId, supplierId: a!.id });
    await assignItemSupplier({ db, actor, eventId: w.eventId, itemId, supplierId: b!.id });
    expect(await db.select().from(itemSuppliers).where(eq(itemSuppliers.itemId, itemId))).toEqual([
      { itemId, supplierId: b!.id },
    ]);
    await expect(
      assignItemSupplier({ db, actor, eventId: w.eventId, itemId, supplierId: foreign!.id }),
    ).rejects.toThrow("This supplier does not exist.");
    await expect(
      assignItemSupplier({ db, actor, eventId: w.eventId, itemId: w.other.items[0]!.id, supplierId: a!.id }),
    ).rejects.toThrow("This item does not exist.");
    await assignItemSupplier({ db, actor, eventId: w.eventId, itemId, supplierId: null });
    expect(await db.select().from(itemSuppliers).where(eq(itemSuppliers.itemId, itemId))).toEqual([]);
  });

  test("shared fields: only the event's fields, kept in the form's order; unknown keys are refused", async () => {
    const { db, w, actor, supplierIds } = await supplierWorld("S");
    const s = { id: supplierIds[0]! };
    await setSharedFields({
      db,
      actor,
      eventId: w.eventId,
      supplierId: s!.id,
      fieldKeys: ["phone", "attendee.name"],
    });
    expect(await chosenFieldKeys({ db, supplierId: s!.id, eventId: w.eventId })).toEqual([
      "attendee.name",
      "phone",
    ]);
    await expect(
      setSharedFields({ db, actor, eventId: w.eventId, supplierId: s!.id, fieldKeys: ["shoe_size"] }),
    ).rejects.toThrow("Not a field of this event's form: shoe_size");
  });

  test("duplicating an event keeps item assignments and shared fields", async () => {
    const { db, w, actor, supplierIds } = await supplierWorld("S");
    const s = { id: supplierIds[0]! };
    await assignItemSupplier({
      db,
      actor,
      eventId: w.eventId,
      itemId: w.fixture.items[0]!.id,
      supplierId: s!.id,
    });
    await setSharedFields({ db, actor, eventId: w.eventId, supplierId: s!.id, fieldKeys: ["dietary_needs"] });
    actAs(w.organiser);
    const copy = await duplicateEventAction({
      orgId: w.orgId,
      eventId: w.eventId,
      name: "Again",
      slug: uniqueSlug("again"),
      startsAt: "",
      endsAt: "",
    });
    expect(copy.ok, JSON.stringify(copy)).toBe(true);
    if (!copy.ok) return;
    const copied = await db
      .select({ name: items.name, supplierId: itemSuppliers.supplierId })
      .from(items)
      .leftJoin(itemSuppliers, eq(itemSuppliers.itemId, items.id))
      .where(eq(items.eventId, copy.data.eventId));
    expect(copied.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: "Sticker", supplierId: null },
      { name: "T-shirt", supplierId: s!.id },
    ]);
    const [shared] = await db
      .select()
      .from(supplierSharedFields)
      .where(eq(supplierSharedFields.eventId, copy.data.eventId));
    expect(shared?.fieldKeys).toEqual(["dietary_needs"]);
  });
});

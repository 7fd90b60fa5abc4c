import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  itemSuppliers,
  localMailbox,
  outboxMessages,
  suppliers,
  supplierSharedFields,
  type Supplier,
} from "@/db/schema";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { orderInputFor } from "@/lib/orders/test-fixtures";
import { placeOrder } from "@/lib/orders/place-order";
import { changeOrderStatus } from "@/lib/orders/manage/change-order-status";
import { createTestUser } from "@/test/authz/users";
import { dispatchBatch } from "./dispatch";

/**
 * An event with a T-shirt (M, L) and a Sticker, a form asking dietary needs (personal) and phone, and an
 * organiser; suppliers are added by each test.
 */
export async function supplierWorld(db: Db) {
  const fixture = await createOrderFixture(db, {
    maxOrdersPerAttendee: 50,
    items: [
      {
        name: "T-shirt",
        maxPerOrder: 3,
        variants: [
          { label: "M", stock: 500 },
          { label: "L", stock: 500 },
        ],
      },
      { name: "Sticker", maxPerOrder: 3, variants: [{ label: "One size", stock: 500 }] },
    ],
  });
  const orgId = fixture.event.orgId;
  const organiser = await createTestUser(db, { orgId, role: "organiser" });
  const [tshirt, sticker] = fixture.items;
  const [m, l, stickerVariant] = fixture.variants;

  async function addSupplier(values: Partial<typeof suppliers.$inferInsert> & { name: string }) {
    const [row] = await db
      .insert(suppliers)
      .values({
        orgId,
        emails: [`${values.name.toLowerCase().replace(/\W+/g, "-")}@supplier.example`],
        ...values,
      })
      .returning();
    return row!;
  }
  async function addBatchSupplier(name: string, batchSchedule: Supplier["batchSchedule"] = "manual") {
    return addSupplier({ name, dispatchMode: "batch", batchSchedule });
  }
  /** "Send now" for a batch supplier (the manual trigger); extra options pass through to dispatchBatch. */
  function sendBatchNow(
    supplier: Supplier,
    options: Pick<Parameters<typeof dispatchBatch>[0], "idempotencyKey" | "actorUserId"> = {},
  ) {
    return dispatchBatch({
      db,
      orgId,
      eventId: fixture.event.id,
      supplierId: supplier.id,
      trigger: "manual",
      ...options,
    });
  }
  async function assign(supplier: Supplier, itemId: string, fieldKeys: string[] = []) {
    await db.insert(itemSuppliers).values({ itemId, supplierId: supplier.id });
    await db
      .insert(supplierSharedFields)
      .values({ supplierId: supplier.id, eventId: fixture.event.id, fieldKeys })
      .onConflictDoUpdate({
        target: [supplierSharedFields.supplierId, supplierSharedFields.eventId],
        set: { fieldKeys },
      });
  }
  /** Places an order (a T-shirt M and a Sticker unless told) and confirms it as the organiser. */
  async function orderAndConfirm(
    opts: { name?: string; lines?: { variantId: string; quantity: number }[] } = {},
  ) {
    const placed = await placeOrder({
      db,
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, {
        name: opts.name ?? "Ada Lovelace",
        answers: { dietary_needs: "no-shellfish-secret", phone: "+31 6 1234 5678" },
        lines: opts.lines ?? [
          { variantId: m!.id, quantity: 1 },
          { variantId: stickerVariant!.id, quantity: 2 },
        ],
      }),
    });
    if (!placed.ok) throw new Error(`order not placed: ${placed.message}`);
    await changeOrderStatus({
      db,
      orgId,
      eventId: fixture.event.id,
      actorUserId: organiser.id,
      orderId: placed.order.id,
      to: "confirmed",
    });
    return placed.order;
  }
  async function supplierMessages(supplier: Supplier) {
    return db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.eventId, fixture.event.id),
          inArray(outboxMessages.toAddress, supplier.emails),
          inArray(outboxMessages.template, ["supplier-order", "supplier-batch"]),
        ),
      );
  }
  async function mailboxOf(address: string) {
    return db.select().from(localMailbox).where(eq(localMailbox.toAddress, address));
  }
  return {
    fixture,
    orgId,
    eventId: fixture.event.id,
    organiser,
    tshirt: tshirt!,
    sticker: sticker!,
    variants: { m: m!, l: l!, sticker: stickerVariant! },
    addSupplier,
    addBatchSupplier,
    sendBatchNow,
    assign,
    orderAndConfirm,
    supplierMessages,
    mailboxOf,
  };
}

import { randomInt, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderNotes } from "@/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { changeOrderStatus } from "@/lib/orders/manage/change-order-status";
import { createOrderFixture, type OrderFixture } from "@/lib/orders/test-fixtures";
import type { FieldDefinitionInput } from "@/lib/forms/definitions";

/**
 * The privacy tests' world: an event whose form has every kind of personal field, orders carrying unique
 * marker strings in each of them, and suppliers (immediate and batch) that received those fields.
 */
export const privacyFormFields: FieldDefinitionInput[] = [
  {
    type: "single_choice",
    key: "t_shirt_fit",
    label: "T-shirt fit",
    required: true,
    options: [
      { value: "regular", label: "Regular" },
      { value: "fitted", label: "Fitted" },
    ],
  },
  { type: "checkbox", key: "newsletter", label: "Newsletter" },
  { type: "short_text", key: "company", label: "Company" },
  { type: "long_text", key: "diet", label: "Dietary needs", personal: true },
  { type: "email", key: "work_email", label: "Work email" },
  { type: "phone", key: "phone", label: "Phone" },
  { type: "address", key: "address", label: "Postal address" },
  { type: "consent", key: "privacy", label: "Privacy", text: "We delete your data after the event." },
];

/** Unique lower-case markers: one per personal value, all sharing a prefix the scan looks for. */
export function markers() {
  const run = `pii${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  const digits = String(randomInt(10_000_000, 99_999_999));
  return {
    prefix: run,
    digits,
    name: `${run}name`,
    email: `${run}mail@example.com`,
    company: `${run}company`,
    diet: `${run}diet`,
    workEmail: `${run}work@example.com`,
    phone: `+31 6${digits}`,
    line1: `${run}line1`,
    line2: `${run}line2`,
    city: `${run}city`,
    postalCode: `${run}pc`,
    statusNote: `${run}statusnote`,
    teamNote: `${run}teamnote`,
  };
}
export type Markers = ReturnType<typeof markers>;

export function markedInput(fixture: OrderFixture, m: Markers, fit: "regular" | "fitted" = "fitted") {
  return {
    idempotencyKey: randomUUID(),
    attendee: { name: m.name, email: m.email },
    lines: fixture.variants.map((v) => ({ variantId: v.id, quantity: 1 })),
    answers: {
      t_shirt_fit: fit,
      newsletter: true,
      company: m.company,
      diet: m.diet,
      work_email: m.workEmail,
      phone: m.phone,
      address: { line1: m.line1, line2: m.line2, city: m.city, postalCode: m.postalCode, country: "NL" },
      privacy: true,
    },
  };
}

/** An event with the privacy form, suppliers sharing every field, and `count` marked, confirmed orders. */
export async function markedEvent(db: Db, { count = 2 }: { count?: number } = {}) {
  const fixture = await createOrderFixture(db, {
    formFields: privacyFormFields,
    maxOrdersPerAttendee: 50,
    items: [
      { name: "T-shirt", maxPerOrder: 2, variants: [{ label: "M", stock: 100 }] },
      { name: "Sticker", maxPerOrder: 2, variants: [{ label: "One size", stock: 100 }] },
    ],
  });
  const m = markers();
  const orgId = fixture.event.orgId;
  const { createTestUser } = await import("@/test/authz/users");
  const organiser = await createTestUser(db, { orgId, role: "organiser" });
  const { itemSuppliers, suppliers, supplierSharedFields } = await import("@/db/schema");
  const shared = ["attendee.name", "attendee.email", "t_shirt_fit", "company", "diet", "phone", "address"];
  const made = [];
  for (const mode of ["immediate", "batch"] as const) {
    const [supplier] = await db
      .insert(suppliers)
      .values({
        orgId,
        name: `${mode} supplier`,
        emails: [`${mode}@supplier.example`],
        dispatchMode: mode,
        batchSchedule: "manual",
      })
      .returning();
    made.push(supplier!);
    await db
      .insert(supplierSharedFields)
      .values({ supplierId: supplier!.id, eventId: fixture.event.id, fieldKeys: shared });
  }
  // The T-shirt goes to the immediate supplier, the sticker to the batch one.
  await db.insert(itemSuppliers).values([
    { itemId: fixture.items[0]!.id, supplierId: made[0]!.id },
    { itemId: fixture.items[1]!.id, supplierId: made[1]!.id },
  ]);

  const orders = [];
  for (let i = 0; i < count; i += 1) {
    const placed = await placeOrder({ db, eventSlug: fixture.event.slug, input: markedInput(fixture, m) });
    if (!placed.ok) throw new Error(`order not placed: ${placed.message}`);
    await changeOrderStatus({
      db,
      orgId,
      eventId: fixture.event.id,
      actorUserId: organiser.id,
      orderId: placed.order.id,
      to: "confirmed",
      note: m.statusNote,
    });
    await db
      .insert(orderNotes)
      .values({ orderId: placed.order.id, authorUserId: organiser.id, body: m.teamNote });
    orders.push(placed.order);
  }
  return { fixture, orgId, organiser, suppliers: made, orders, markers: m };
}

/**
 * Every row of every table in the public schema (and the local mailbox's attachments, decoded) whose text
 * contains one of the values: the proof that erasure left nothing behind.
 */
export async function findEverywhere(db: Db, values: string[]): Promise<string[]> {
  const tables = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const hits: string[] = [];
  for (const { table_name } of tables.rows) {
    const conditions = sql.join(
      values.map((v) => sql`t::text ilike ${"%" + v + "%"}`),
      sql` or `,
    );
    const found = await db.execute<{ row: string }>(
      sql`select t::text as row from ${sql.identifier(table_name)} t where ${conditions} limit 5`,
    );
    for (const r of found.rows) hits.push(`${table_name}: ${r.row.slice(0, 300)}`);
  }
  const attachments = await db.execute<{ content: string }>(sql`
    select a->>'contentBase64' as content from local_mailbox, jsonb_array_elements(attachments) a`);
  for (const a of attachments.rows) {
    const text = Buffer.from(a.content, "base64").toString("utf8").toLowerCase();
    for (const v of values) if (text.includes(v.toLowerCase())) hits.push(`local_mailbox attachment: ${v}`);
  }
  return hits;
}

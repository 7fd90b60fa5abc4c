import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  eventPages,
  events,
  formVersions,
  items,
  orders,
  organisations,
  outboxMessages,
  variants,
  type Event,
  type Item,
  type Variant,
} from "@/db/schema";
import type { PageContent } from "@/lib/events/page-content";
import { formDefinitionSchema, type FieldDefinitionInput } from "@/lib/forms/definitions";

/**
 * Builds a complete orderable event for tests: organisation, published event, a published page, items with
 * variants and a form version. Everything is fresh (unique slug), so tests never see each other's rows.
 */
export type FixtureItem = {
  name: string;
  priceMinor?: number;
  maxPerOrder?: number;
  active?: boolean;
  variants: { label: string; stock: number }[];
};

export type FixtureOptions = {
  status?: Event["status"];
  orderingOpensAt?: Date | null;
  orderingClosesAt?: Date | null;
  maxOrdersPerAttendee?: number;
  currency?: string;
  timeZone?: string;
  referencePrefix?: string;
  items?: FixtureItem[];
  /** null: the event has no form version at all. */
  formFields?: FieldDefinitionInput[] | null;
  /** null: no published page (default branding). */
  page?: Partial<PageContent> | null;
};

export type OrderFixture = {
  event: Event;
  items: Item[];
  /** Every variant, in the order given (items first to last). */
  variants: Variant[];
  formVersionId: string | null;
};

export const defaultFormFields: FieldDefinitionInput[] = [
  // Health information: flagged personal, so it is masked for viewers and exports like a name.
  { type: "short_text", key: "dietary_needs", label: "Dietary needs", required: true, personal: true },
  { type: "phone", key: "phone", label: "Phone", required: false },
];

export async function createOrderFixture(db: Db, options: FixtureOptions = {}): Promise<OrderFixture> {
  const [org] = await db
    .insert(organisations)
    .values({ name: `Orders test ${randomUUID().slice(0, 8)}` })
    .returning();
  if (!org) throw new Error("fixture: no organisation");
  const slug = `ord-${randomUUID().slice(0, 8)}`;
  const [event] = await db
    .insert(events)
    .values({
      orgId: org.id,
      slug,
      name: `Test Conf ${slug}`,
      status: options.status ?? "published",
      timeZone: options.timeZone ?? "Europe/Amsterdam",
      orderingOpensAt: options.orderingOpensAt ?? null,
      orderingClosesAt: options.orderingClosesAt ?? null,
      maxOrdersPerAttendee: options.maxOrdersPerAttendee ?? 1,
      currency: options.currency ?? "EUR",
      referencePrefix: options.referencePrefix ?? "TST",
    })
    .returning();
  if (!event) throw new Error("fixture: no event");

  if (options.page !== null) {
    const content: PageContent = {
      title: event.name,
      tagline: "",
      descriptionMd: "",
      primaryColor: "#123456",
      accentColor: "#654321",
      logoBlobId: null,
      heroBlobId: null,
      font: "sans",
      ctaLabel: "Order now",
      pickupInfo: "Pick up at the registration desk.",
      ...options.page,
    };
    await db.insert(eventPages).values({ eventId: event.id, version: 1, content, publishedAt: new Date() });
  }

  const createdItems: Item[] = [];
  const createdVariants: Variant[] = [];
  const itemSpecs = options.items ?? [
    { name: "T-shirt", maxPerOrder: 2, variants: [{ label: "M", stock: 10 }] },
  ];
  for (const [index, spec] of itemSpecs.entries()) {
    const [item] = await db
      .insert(items)
      .values({
        eventId: event.id,
        name: spec.name,
        priceMinor: spec.priceMinor ?? 0,
        maxPerOrder: spec.maxPerOrder ?? 1,
        active: spec.active ?? true,
        displayOrder: index,
      })
      .returning();
    if (!item) throw new Error("fixture: no item");
    createdItems.push(item);
    const rows = await db
      .insert(variants)
      .values(
        spec.variants.map((v, i) => ({
          itemId: item.id,
          eventId: event.id,
          label: v.label,
          stock: v.stock,
          displayOrder: i,
        })),
      )
      .returning();
    // RETURNING order follows VALUES order for a single insert, which the tests rely on.
    createdVariants.push(...rows);
  }

  let formVersionId: string | null = null;
  if (options.formFields !== null) {
    const fields = formDefinitionSchema.parse(options.formFields ?? defaultFormFields);
    const [form] = await db
      .insert(formVersions)
      .values({ eventId: event.id, version: 1, fields })
      .returning();
    formVersionId = form?.id ?? null;
  }

  return { event, items: createdItems, variants: createdVariants, formVersionId };
}

/** A valid submission for the fixture's first variant; override any part. */
export function orderInputFor(
  fixture: OrderFixture,
  overrides: {
    email?: string;
    name?: string;
    idempotencyKey?: string;
    lines?: unknown;
    answers?: unknown;
  } = {},
) {
  const first = fixture.variants[0];
  if (!first) throw new Error("fixture has no variants");
  return {
    idempotencyKey: overrides.idempotencyKey ?? randomUUID(),
    attendee: {
      name: overrides.name ?? "Ada Lovelace",
      email: overrides.email ?? `ada-${randomUUID().slice(0, 8)}@example.com`,
    },
    lines: overrides.lines ?? [{ variantId: first.id, quantity: 1 }],
    answers: overrides.answers ?? (fixture.formVersionId ? { dietary_needs: "None" } : {}),
  };
}

/** What a test checks to prove "nothing was written": orders, outbox rows and stock of the event. */
export async function eventSnapshot(db: Db, eventId: string) {
  const [counts] = await db
    .select({
      orders: sql<number>`(select count(*)::int from ${orders} where ${orders.eventId} = ${eventId})`,
      outbox: sql<number>`(select count(*)::int from ${outboxMessages} where ${outboxMessages.eventId} = ${eventId})`,
    })
    .from(sql`(select 1) as one`);
  const stock = await db
    .select({ id: variants.id, stock: variants.stock })
    .from(variants)
    .where(eq(variants.eventId, eventId))
    .orderBy(variants.id);
  return {
    orders: counts?.orders ?? 0,
    outbox: counts?.outbox ?? 0,
    stock: Object.fromEntries(stock.map((v) => [v.id, v.stock])),
  };
}

export async function variantStock(db: Db, variantIds: string[]): Promise<Record<string, number>> {
  const rows = await db
    .select({ id: variants.id, stock: variants.stock })
    .from(variants)
    .where(inArray(variants.id, variantIds));
  return Object.fromEntries(rows.map((r) => [r.id, r.stock]));
}

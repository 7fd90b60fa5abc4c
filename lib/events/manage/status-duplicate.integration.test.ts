import { asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { changeEventStatusAction, duplicateEventAction } from "@/app/dashboard/[orgId]/events/actions";
import { loadEventHeader, loadEventList } from "@/app/dashboard/[orgId]/events/loaders";
import { blobs, eventPages, events, formVersions, items, orders, variants, type Event } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor, type OrderFixture } from "@/lib/orders/test-fixtures";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createTestOrg, testDb, uniqueSlug } from "@/test/db";
import { auditOf } from "./test-helpers";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
const revalidated: string[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: () => {},
  updateTag: () => {},
}));

const db = testDb();

async function fixtureWithOrganiser(options: Parameters<typeof createOrderFixture>[1] = {}) {
  const fixture = await createOrderFixture(db, options);
  const organiser = await createTestUser(db, { orgId: fixture.event.orgId, role: "organiser" });
  return { fixture, organiser, orgId: fixture.event.orgId, eventId: fixture.event.id };
}

const eventRow = async (id: string) => (await db.select().from(events).where(eq(events.id, id)))[0]!;

describe("changeEventStatusAction", () => {
  test("publishing a draft publishes its newest page version when none is live, and refreshes the shop", async () => {
    const { organiser, orgId, eventId, fixture } = await fixtureWithOrganiser({
      status: "draft",
      page: null,
    });
    const content = { ...pageContent, title: "Draft two" };
    await db.insert(eventPages).values([
      { eventId, version: 1, content: { ...pageContent, title: "Draft one" } },
      { eventId, version: 2, content },
    ]);
    revalidated.length = 0;
    actAs(organiser);
    const result = await changeEventStatusAction({ orgId, eventId, to: "published" });
    expect(result).toMatchObject({ ok: true, data: { from: "draft", to: "published" } });
    expect((await eventRow(eventId)).status).toBe("published");
    const pages = await db
      .select()
      .from(eventPages)
      .where(eq(eventPages.eventId, eventId))
      .orderBy(asc(eventPages.version));
    expect(pages.map((p) => p.publishedAt !== null)).toEqual([false, true]);
    expect(revalidated).toContain(`/s/${fixture.event.slug}`);
    const audit = (await auditOf(db, orgId, "event.status_changed")).find((a) => a.targetId === eventId);
    expect(audit?.details).toEqual({ from: "draft", to: "published", pagePublished: true });
  });

  test("publishing leaves an already published page alone", async () => {
    const { organiser, orgId, eventId } = await fixtureWithOrganiser({ status: "draft" });
    await db.insert(eventPages).values({ eventId, version: 2, content: pageContent });
    actAs(organiser);
    await changeEventStatusAction({ orgId, eventId, to: "published" });
    const pages = await db
      .select()
      .from(eventPages)
      .where(eq(eventPages.eventId, eventId))
      .orderBy(asc(eventPages.version));
    expect(pages.map((p) => p.publishedAt !== null)).toEqual([true, false]);
  });

  test("close, reopen, archive; archived is final", async () => {
    const { organiser, orgId, eventId } = await fixtureWithOrganiser();
    actAs(organiser);
    expect(await changeEventStatusAction({ orgId, eventId, to: "closed" })).toMatchObject({ ok: true });
    expect(await changeEventStatusAction({ orgId, eventId, to: "published" })).toMatchObject({
      ok: true,
      message: expect.stringContaining("Reopened"),
    });
    expect(await changeEventStatusAction({ orgId, eventId, to: "archived" })).toMatchObject({ ok: true });
    const archived = await eventRow(eventId);
    const result = await changeEventStatusAction({ orgId, eventId, to: "published" });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(await eventRow(eventId)).toEqual(archived);
    expect((await auditOf(db, orgId, "event.status_changed")).map((a) => a.details)).toEqual(
      expect.arrayContaining([
        { from: "published", to: "closed" },
        { from: "closed", to: "published" },
        { from: "published", to: "archived" },
      ]),
    );
  });

  test("an illegal change is refused with nothing changed", async () => {
    const { organiser, orgId, eventId } = await fixtureWithOrganiser({ status: "draft" });
    const before = await eventRow(eventId);
    actAs(organiser);
    const result = await changeEventStatusAction({ orgId, eventId, to: "closed" });
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      message: "A draft event cannot become closed.",
    });
    expect(await eventRow(eventId)).toEqual(before);
    expect(await auditOf(db, orgId, "event.status_changed")).toHaveLength(0);
  });

  test("back to draft is not an option at all", async () => {
    const { organiser, orgId, eventId } = await fixtureWithOrganiser();
    actAs(organiser);
    const result = await changeEventStatusAction({ orgId, eventId, to: "draft" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await eventRow(eventId)).status).toBe("published");
  });

  test("another organisation's event is not found and unchanged", async () => {
    const mine = await fixtureWithOrganiser();
    const theirs = await createOrderFixture(db);
    actAs(mine.organiser);
    const result = await changeEventStatusAction({
      orgId: mine.orgId,
      eventId: theirs.event.id,
      to: "closed",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await eventRow(theirs.event.id)).status).toBe("published");
  });
});

const pageContent = {
  title: "Page",
  tagline: "",
  descriptionMd: "",
  primaryColor: "#123456",
  accentColor: "#654321",
  logoBlobId: null,
  heroBlobId: null,
  font: "sans" as const,
  ctaLabel: "Order now",
  pickupInfo: "",
};

describe("duplicateEventAction", () => {
  let source: OrderFixture;
  let organiser: CurrentUser;
  let orgId: string;
  let blobId: string;

  beforeAll(async () => {
    ({
      fixture: source,
      organiser,
      orgId,
    } = await fixtureWithOrganiser({
      items: [
        {
          name: "T-shirt",
          maxPerOrder: 2,
          priceMinor: 0,
          variants: [
            { label: "M", stock: 10 },
            { label: "L", stock: 4 },
          ],
        },
        { name: "Hoodie", priceMinor: 2500, active: false, variants: [{ label: "One size", stock: 3 }] },
        { name: "Old mug", variants: [{ label: "Mug", stock: 7 }] },
      ],
    }));
    const { event } = source;
    // Before the dates below close its ordering window.
    const placed = await placeOrder({ db, eventSlug: event.slug, input: orderInputFor(source) });
    expect(placed.ok).toBe(true);
    await db
      .update(events)
      .set({
        startsAt: new Date("2026-03-03T08:00:00Z"),
        endsAt: new Date("2026-03-05T17:00:00Z"),
        orderingOpensAt: new Date("2026-02-01T08:00:00Z"),
        orderingClosesAt: new Date("2026-03-04T11:00:00Z"),
        maxOrdersPerAttendee: 3,
        currency: "GBP",
        referencePrefix: "DC",
      })
      .where(eq(events.id, event.id));
    const [blob] = await db
      .insert(blobs)
      .values({
        orgId,
        key: `test/${event.id}.webp`,
        url: `/blobs/${event.id}.webp`,
        contentType: "image/webp",
        width: 10,
        height: 10,
        bytes: 100,
      })
      .returning();
    blobId = blob!.id;
    await db.update(items).set({ imageBlobId: blobId }).where(eq(items.id, source.items[0]!.id));
    await db.update(items).set({ archivedAt: new Date() }).where(eq(items.id, source.items[2]!.id));
    await db.insert(formVersions).values({
      eventId: event.id,
      version: 2,
      fields: [{ type: "short_text", key: "newest", label: "Newest question", required: false } as never],
    });
    await db.insert(eventPages).values({
      eventId: event.id,
      version: 2,
      content: { ...pageContent, title: "Next year's draft", heroBlobId: blobId },
    });
  });

  test("copies settings, live items with variants at stock 0, newest form and page; no orders", async () => {
    const slug = uniqueSlug("again");
    actAs(organiser);
    const result = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "DevConf 2027",
      slug,
      startsAt: "2027-03-10T09:00",
      endsAt: "2027-03-12T18:00",
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.message).toContain("stock set to 0");
    const copy = await eventRow(result.data.eventId);
    expect(copy).toMatchObject({
      orgId,
      slug,
      name: "DevConf 2027",
      status: "draft",
      timeZone: source.event.timeZone,
      maxOrdersPerAttendee: 3,
      currency: "GBP",
      referencePrefix: "DC",
    });
    // Europe/Amsterdam: 09:00 on 10 March is 08:00 UTC; the window moves by the same 372 days as the start.
    expect(copy.startsAt?.toISOString()).toBe("2027-03-10T08:00:00.000Z");
    expect(copy.endsAt?.toISOString()).toBe("2027-03-12T17:00:00.000Z");
    expect(copy.orderingOpensAt?.toISOString()).toBe("2027-02-08T08:00:00.000Z");
    expect(copy.orderingClosesAt?.toISOString()).toBe("2027-03-11T11:00:00.000Z");

    const copiedItems = await db
      .select()
      .from(items)
      .where(eq(items.eventId, copy.id))
      .orderBy(asc(items.displayOrder));
    expect(copiedItems.map((i) => [i.name, i.active, i.priceMinor, i.maxPerOrder, i.imageBlobId])).toEqual([
      ["T-shirt", true, 0, 2, blobId],
      ["Hoodie", false, 2500, 1, null],
    ]);
    const copiedVariants = await db
      .select()
      .from(variants)
      .where(eq(variants.eventId, copy.id))
      .orderBy(asc(variants.label));
    expect(copiedVariants.map((v) => [v.label, v.stock])).toEqual([
      ["L", 0],
      ["M", 0],
      ["One size", 0],
    ]);
    const byName = new Map(copiedItems.map((i) => [i.name, i.id]));
    expect(copiedVariants.find((v) => v.label === "M")?.itemId).toBe(byName.get("T-shirt"));
    expect(copiedVariants.find((v) => v.label === "One size")?.itemId).toBe(byName.get("Hoodie"));

    const forms = await db.select().from(formVersions).where(eq(formVersions.eventId, copy.id));
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({ version: 1, fields: [{ key: "newest" }] });
    const pages = await db.select().from(eventPages).where(eq(eventPages.eventId, copy.id));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ version: 1, publishedAt: null });
    expect(pages[0]!.content).toMatchObject({ title: "Next year's draft", heroBlobId: blobId });

    expect(await db.select().from(orders).where(eq(orders.eventId, copy.id))).toHaveLength(0);
    // The source is untouched: its order and stock are still there.
    expect(await db.select().from(orders).where(eq(orders.eventId, source.event.id))).toHaveLength(1);
    const sourceStock = await db
      .select({ stock: variants.stock })
      .from(variants)
      .where(
        inArray(
          variants.id,
          source.variants.map((v) => v.id),
        ),
      );
    expect(sourceStock.map((v) => v.stock).sort((a, b) => a - b)).toEqual([3, 4, 7, 9]);

    const audit = (await auditOf(db, orgId, "event.duplicated")).find((a) => a.targetId === copy.id);
    expect(audit?.details).toEqual({
      sourceEventId: source.event.id,
      items: 2,
      variants: 3,
      formCopied: true,
      pageCopied: true,
    });
  });

  test("without dates the copy has none and no ordering window", async () => {
    actAs(organiser);
    const result = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "Undated",
      slug: uniqueSlug("undated"),
      startsAt: "",
      endsAt: "",
    });
    if (!result.ok) throw new Error(result.message);
    const copy = await eventRow(result.data.eventId);
    expect([copy.startsAt, copy.endsAt, copy.orderingOpensAt, copy.orderingClosesAt]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  test("a taken slug or bad input creates nothing at all", async () => {
    const count = async () => (await db.select().from(events).where(eq(events.orgId, orgId))).length;
    const before = await count();
    actAs(organiser);
    const taken = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "Again",
      slug: source.event.slug,
      startsAt: "",
      endsAt: "",
    });
    expect(taken).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { slug: [expect.any(String)] },
    });
    const bad = await duplicateEventAction({
      orgId,
      eventId: source.event.id,
      name: "",
      slug: "www",
      startsAt: "2027-03-12T09:00",
      endsAt: "2027-03-10T09:00",
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(["endsAt", "name", "slug"]);
    expect(await count()).toBe(before);
  });

  test("another organisation's event cannot be duplicated", async () => {
    const mine = await fixtureWithOrganiser();
    actAs(mine.organiser);
    const result = await duplicateEventAction({
      orgId: mine.orgId,
      eventId: source.event.id,
      name: "Stolen",
      slug: uniqueSlug("stolen"),
      startsAt: "",
      endsAt: "",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(events).where(eq(events.orgId, mine.orgId))).toHaveLength(1);
  });
});

describe("loaders", () => {
  test("the list counts orders that are not cancelled, live items and units left", async () => {
    const { fixture, orgId, organiser } = await fixtureWithOrganiser({
      items: [
        {
          name: "Tee",
          maxPerOrder: 2,
          variants: [
            { label: "M", stock: 10 },
            { label: "L", stock: 5 },
          ],
        },
        { name: "Old", variants: [{ label: "X", stock: 50 }] },
      ],
    });
    await db.update(items).set({ archivedAt: new Date() }).where(eq(items.id, fixture.items[1]!.id));
    for (let i = 0; i < 3; i++) {
      const placed = await placeOrder({ db, eventSlug: fixture.event.slug, input: orderInputFor(fixture) });
      if (!placed.ok) throw new Error(placed.message);
      if (i === 0) await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, placed.order.id));
    }
    const [draft] = await db
      .insert(events)
      .values({ orgId, slug: uniqueSlug(), name: "Empty", referencePrefix: "EM" })
      .returning();
    actAs(organiser);
    const list = await loadEventList({ orgId });
    const byId = new Map(list.events.map((e) => [e.id, e]));
    expect(byId.get(fixture.event.id)).toMatchObject({
      status: "published",
      orders: 2,
      items: 1,
      unitsLeft: 12,
    });
    expect(byId.get(draft!.id)).toMatchObject({ status: "draft", orders: 0, items: 0, unitsLeft: 0 });
    expect(list.canManage).toBe(true);
  });

  test("the header loader refuses another organisation's event with the 404 page", async () => {
    const mine = await fixtureWithOrganiser();
    const theirs: Event = (await createOrderFixture(db)).event;
    actAs(mine.organiser);
    const header = await loadEventHeader({ orgId: mine.orgId, eventId: mine.eventId });
    expect(header).toMatchObject({ event: { id: mine.eventId }, can: { manage: true, viewOrders: true } });
    expect(header.event.shopUrl).toContain(`${mine.fixture.event.slug}.`);
    await expect(loadEventHeader({ orgId: mine.orgId, eventId: theirs.id })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
    });
  });

  test("a marketer sees the header but may neither manage nor view orders", async () => {
    const org = await createTestOrg(db);
    const marketer = await createTestUser(db, { orgId: org.id, role: "marketer" });
    const [event] = await db
      .insert(events)
      .values({ orgId: org.id, slug: uniqueSlug(), name: "Brand", referencePrefix: "BR" })
      .returning();
    actAs(marketer);
    const header = await loadEventHeader({ orgId: org.id, eventId: event!.id });
    expect(header.can).toEqual({
      manage: false,
      viewOrders: false,
      manageSuppliers: false,
      collect: false,
      deskOnly: false,
    });
  });
});

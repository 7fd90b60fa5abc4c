import { describe, expect, it } from "vitest";
import { blobs, eventPages, events, formVersions, items, variants } from "@/db/schema";
import type { Db } from "@/db/client";
import type { PageContent } from "./page-content";
import { createTestOrg, testDb, testDriver, uniqueSlug } from "@/test/db";
import { getPublicEvent } from "./queries";

const content = (over: Partial<PageContent> = {}): PageContent => ({
  title: "Test event",
  tagline: "",
  descriptionMd: "",
  primaryColor: "#4338ca",
  accentColor: "#f59e0b",
  logoBlobId: null,
  heroBlobId: null,
  font: "sans",
  ctaLabel: "Order now",
  pickupInfo: "",
  ...over,
});

async function makeEvent(db: Db, status: "draft" | "published" | "closed" | "archived" = "published") {
  const org = await createTestOrg(db);
  const slug = uniqueSlug("pub");
  const [event] = await db
    .insert(events)
    .values({
      orgId: org.id,
      slug,
      name: "Test event",
      status,
      referencePrefix: "TST",
      timeZone: "Europe/Amsterdam",
    })
    .returning();
  if (!event) throw new Error("no event");
  return { org, event, slug };
}

async function makeBlob(db: Db, orgId: string, name: string) {
  const [blob] = await db
    .insert(blobs)
    .values({
      orgId,
      key: `test/${crypto.randomUUID()}.webp`,
      url: `/api/blobs/${name}.webp`,
      contentType: "image/webp",
      width: 600,
      height: 400,
      bytes: 10,
    })
    .returning();
  if (!blob) throw new Error("no blob");
  return blob;
}

describe(`getPublicEvent (${testDriver()})`, () => {
  it("returns null for draft, archived and unknown events, and for malformed slugs", async () => {
    const db = testDb();
    const draft = await makeEvent(db, "draft");
    const archived = await makeEvent(db, "archived");
    await db
      .insert(eventPages)
      .values({ eventId: draft.event.id, version: 1, content: content(), publishedAt: new Date() });
    expect(await getPublicEvent({ db, slug: draft.slug })).toBeNull();
    expect(await getPublicEvent({ db, slug: archived.slug })).toBeNull();
    expect(await getPublicEvent({ db, slug: uniqueSlug("nobody") })).toBeNull();
    expect(await getPublicEvent({ db, slug: "Bad Slug'; --" })).toBeNull();
  });

  it("shows a closed event (its page stays up, ordering is closed elsewhere)", async () => {
    const db = testDb();
    const { slug } = await makeEvent(db, "closed");
    const event = await getPublicEvent({ db, slug });
    expect(event?.status).toBe("closed");
  });

  it("serves the newest published page, never a newer draft", async () => {
    const db = testDb();
    const { event, slug } = await makeEvent(db);
    const t = Date.now();
    await db.insert(eventPages).values([
      {
        eventId: event.id,
        version: 1,
        content: content({ title: "Old" }),
        publishedAt: new Date(t - 60_000),
      },
      {
        eventId: event.id,
        version: 2,
        content: content({ title: "Live" }),
        publishedAt: new Date(t - 1_000),
      },
      { eventId: event.id, version: 3, content: content({ title: "Draft" }), publishedAt: null },
    ]);
    expect((await getPublicEvent({ db, slug }))?.page.title).toBe("Live");
  });

  it("falls back to a plain page named after the event when nothing is published", async () => {
    const db = testDb();
    const { slug } = await makeEvent(db);
    const event = await getPublicEvent({ db, slug });
    expect(event?.page.title).toBe("Test event");
    expect(event?.logo).toBeNull();
  });

  it("hides inactive items and orders items and variants by display order", async () => {
    const db = testDb();
    const { org, event, slug } = await makeEvent(db);
    const image = await makeBlob(db, org.id, "shirt");
    const [second, first, hidden] = await db
      .insert(items)
      .values([
        { eventId: event.id, name: "Second", displayOrder: 2, priceMinor: 1500, maxPerOrder: 3 },
        { eventId: event.id, name: "First", displayOrder: 1, imageBlobId: image.id },
        { eventId: event.id, name: "Hidden", displayOrder: 0, active: false },
      ])
      .returning();
    await db.insert(variants).values([
      { itemId: first!.id, eventId: event.id, label: "L", stock: 3, displayOrder: 2 },
      { itemId: first!.id, eventId: event.id, label: "S", stock: 10, displayOrder: 0 },
      { itemId: first!.id, eventId: event.id, label: "M", stock: 0, displayOrder: 1 },
      { itemId: second!.id, eventId: event.id, label: "One size", stock: 5 },
      { itemId: hidden!.id, eventId: event.id, label: "One size", stock: 5 },
    ]);

    const result = await getPublicEvent({ db, slug });
    expect(result?.items.map((i) => i.name)).toEqual(["First", "Second"]);
    const [firstItem, secondItem] = result!.items;
    expect(firstItem!.variants.map((v) => [v.label, v.stock])).toEqual([
      ["S", 10],
      ["M", 0],
      ["L", 3],
    ]);
    expect(firstItem!.image).toEqual({ url: "/api/blobs/shirt.webp", width: 600, height: 400 });
    expect(secondItem).toMatchObject({ priceMinor: 1500, maxPerOrder: 3, image: null });
  });

  it("resolves page images within the organisation only", async () => {
    const db = testDb();
    const { org, event, slug } = await makeEvent(db);
    const logo = await makeBlob(db, org.id, "logo");
    const otherOrg = await createTestOrg(db);
    const foreign = await makeBlob(db, otherOrg.id, "foreign");
    await db.insert(eventPages).values({
      eventId: event.id,
      version: 1,
      content: content({ logoBlobId: logo.id, heroBlobId: foreign.id }),
      publishedAt: new Date(),
    });
    const result = await getPublicEvent({ db, slug });
    expect(result?.logo?.url).toBe("/api/blobs/logo.webp");
    expect(result?.hero).toBeNull();
  });

  it("returns the newest form version", async () => {
    const db = testDb();
    const { event, slug } = await makeEvent(db);
    expect((await getPublicEvent({ db, slug }))?.form).toBeNull();
    await db.insert(formVersions).values([
      {
        eventId: event.id,
        version: 1,
        fields: [{ type: "short_text", key: "old", label: "Old", required: false, personal: false }],
      },
      {
        eventId: event.id,
        version: 2,
        fields: [{ type: "short_text", key: "team", label: "Team", required: false, personal: false }],
      },
    ]);
    const form = (await getPublicEvent({ db, slug }))?.form;
    expect(form?.version).toBe(2);
    expect(form?.fields.map((f) => f.key)).toEqual(["team"]);
  });
});

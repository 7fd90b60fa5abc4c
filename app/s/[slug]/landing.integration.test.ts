import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { blobs, eventPages, events, items, variants } from "@/db/schema";
import { createTestOrg, testDb, testDriver, uniqueSlug } from "@/test/db";
import EventLandingPage, { generateMetadata } from "./page";

async function seedEvent(status: "published" | "draft", window: { opensAt?: Date; closesAt?: Date } = {}) {
  const db = testDb();
  const org = await createTestOrg(db);
  const slug = uniqueSlug("land");
  const [event] = await db
    .insert(events)
    .values({
      orgId: org.id,
      slug,
      name: "Landing Conf",
      status,
      referencePrefix: "LND",
      timeZone: "Europe/Amsterdam",
      currency: "EUR",
      orderingOpensAt: window.opensAt ?? null,
      orderingClosesAt: window.closesAt ?? null,
    })
    .returning();
  await db.insert(eventPages).values({
    eventId: event!.id,
    version: 1,
    publishedAt: new Date(),
    content: {
      title: "Landing Conf swag",
      tagline: "Free shirts",
      descriptionMd: "Hello **there** <script>alert(1)</script>",
      primaryColor: "#4338ca",
      accentColor: "#f59e0b",
      logoBlobId: null,
      heroBlobId: null,
      font: "sans",
      ctaLabel: "Get your t-shirt",
      pickupInfo: "Desk A",
    },
  });
  const [shirt, mug] = await db
    .insert(items)
    .values([
      { eventId: event!.id, name: "Shirt", displayOrder: 1 },
      { eventId: event!.id, name: "Mug", displayOrder: 2, priceMinor: 1250 },
    ])
    .returning();
  await db.insert(variants).values([
    { itemId: shirt!.id, eventId: event!.id, label: "M", stock: 40, displayOrder: 0 },
    { itemId: shirt!.id, eventId: event!.id, label: "L", stock: 3, displayOrder: 1 },
    { itemId: shirt!.id, eventId: event!.id, label: "XL", stock: 0, displayOrder: 2 },
    { itemId: mug!.id, eventId: event!.id, label: "One size", stock: 0 },
  ]);
  return slug;
}

const render = async (slug: string) =>
  renderToStaticMarkup(await EventLandingPage({ params: Promise.resolve({ slug }) }));

describe(`landing page (${testDriver()})`, () => {
  it("renders the branded page with items, availability and the call to action", async () => {
    const html = await render(await seedEvent("published"));
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("Landing Conf swag");
    expect(html).toContain("--brand-primary:#4338ca");
    expect(html).toContain("--brand-on-primary:#ffffff");
    expect(html).toContain("<strong>there</strong>");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("Only 3 left");
    expect(html).toMatch(/XL.*Sold out/);
    expect(html).toContain("€12.50");
    expect(html).toContain("Free");
    expect(html).toMatch(/<a[^>]*href="\/order"[^>]*>Get your t-shirt<\/a>/);
    expect(html).toContain("Desk A");
  });

  it("says when ordering opens and hides the call to action", async () => {
    const html = await render(await seedEvent("published", { opensAt: new Date("2099-03-01T08:00:00Z") }));
    expect(html).toContain("Ordering opens on Sunday, 1 March 2099 at 09:00 CET.");
    expect(html).not.toContain('href="/order"');
  });

  it("says when ordering closed", async () => {
    const html = await render(await seedEvent("published", { closesAt: new Date("2020-03-01T08:00:00Z") }));
    expect(html).toContain("Ordering closed on Sunday, 1 March 2020 at 09:00 CET.");
    expect(html).not.toContain('href="/order"');
  });

  it("draws the newest published block document with its theme, metadata and own images", async () => {
    const db = testDb();
    const slug = await seedEvent("published", { opensAt: new Date("2020-01-01T00:00:00Z") });
    const [event] = await db.select().from(events).where(eq(events.slug, slug));
    const [blob] = await db
      .insert(blobs)
      .values({
        orgId: event!.orgId,
        key: `test/${crypto.randomUUID()}.webp`,
        url: "/api/blobs/gallery-1.webp",
        contentType: "image/webp",
        width: 800,
        height: 600,
        bytes: 10,
      })
      .returning();
    const content = {
      ...(await db.select().from(eventPages).where(eq(eventPages.eventId, event!.id)))[0]!.content,
    };
    const document = {
      root: { props: { title: "Block page", description: "Swag, blocks and FAQ", hideFromSearch: true } },
      content: [
        { type: "Hero", props: { id: "Hero-1", heading: "Welcome to the blocks", ctaLabel: "Grab it" } },
        {
          type: "Faq",
          props: { id: "Faq-1", heading: "FAQ", entries: [{ question: "Is it free?", answer: "Mostly." }] },
        },
        {
          type: "Gallery",
          props: { id: "Gallery-1", images: [{ image: { blobId: blob!.id }, alt: "The booth" }] },
        },
        { type: "ItemsShowcase", props: { id: "Items-1", heading: "Swag" } },
      ],
    };
    const theme = {
      primaryColor: "#0f766e",
      accentColor: "#f59e0b",
      backgroundColor: "#fffbeb",
      buttonStyle: "pill",
    };
    await db.insert(eventPages).values([
      { eventId: event!.id, version: 2, content, document, theme, publishedAt: new Date() } as never,
      // A newer row that was never published is not shown.
      {
        eventId: event!.id,
        version: 3,
        content,
        document: {
          ...document,
          content: [{ type: "Hero", props: { id: "Hero-1", heading: "Unpublished" } }],
        },
        theme,
      } as never,
    ]);

    const html = await render(slug);
    expect(html).toContain("Welcome to the blocks");
    expect(html).not.toContain("Unpublished");
    expect(html).toContain("<summary");
    expect(html).toContain("Is it free?");
    expect(html).toContain('alt="The booth"');
    expect(html).toContain("--page-background:#fffbeb");
    expect(html).toContain("--button-radius:9999px");
    // The theme's font (sans by default) is the self-hosted one, with the system stack behind it (ADR 031).
    expect(html).toContain("--font-sans:var(--font-brand-sans, ui-sans-serif");
    expect(html).toContain("variable-font-brand-sans");
    expect(html).toMatch(/<a[^>]*href="\/order"[^>]*>Grab it<\/a>/);
    expect(html).toContain("Only 3 left");
    expect(html).not.toContain("Desk A"); // the legacy description and pickup are not drawn any more

    const metadata = await generateMetadata({ params: Promise.resolve({ slug }) });
    expect(metadata).toMatchObject({
      title: { absolute: "Block page" },
      description: "Swag, blocks and FAQ",
      robots: { index: false, follow: false },
      alternates: { canonical: `http://${slug}.localhost:3000/` },
      // The live version (2) names the image, so a new publish is a new URL that caches fetch again.
      openGraph: {
        images: [{ url: `http://${slug}.localhost:3000/og-image?v=2`, width: 1200, height: 630 }],
      },
    });
  });

  it("is a 404 for a draft event", async () => {
    const slug = await seedEvent("draft");
    await expect(render(slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await generateMetadata({ params: Promise.resolve({ slug }) })).toEqual({});
  });
});

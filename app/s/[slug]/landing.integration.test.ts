import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { eventPages, events, items, variants } from "@/db/schema";
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

  it("is a 404 for a draft event", async () => {
    const slug = await seedEvent("draft");
    await expect(render(slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await generateMetadata({ params: Promise.resolve({ slug }) })).toEqual({});
  });
});

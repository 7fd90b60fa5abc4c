import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import {
  eventPages,
  events,
  formVersions,
  items,
  memberships,
  organisations,
  users,
  variants,
} from "./schema";
import { devconfPage } from "./seed-devconf-page";
import { renderDemoImage } from "./seed-images";
import { breakfastFormFields, devconfFormFields } from "@/lib/forms/examples";
import type { PageContent } from "@/lib/events/page-content";
import { storeImage } from "@/lib/storage/store-image";

/** Fixed ids make the seed idempotent: a second run finds the organisation and does nothing. */
export const DEMO = {
  orgId: "00000000-0000-4000-8000-000000000001",
  events: {
    devconf: { id: "00000000-0000-4000-8000-0000000000d1", slug: "devconf" },
    breakfast: { id: "00000000-0000-4000-8000-0000000000b1", slug: "breakfast" },
    draft: { id: "00000000-0000-4000-8000-0000000000f1", slug: "summit" },
  },
  /** Signs in by magic link through /dev/mail; owner of the demo organisation. */
  organiser: {
    id: "00000000-0000-4000-8000-0000000000a1",
    email: "organiser@example.com",
    name: "Demo Organiser",
  },
} as const;

/** The demo organiser and their membership; idempotent, also for data directories seeded before it existed. */
async function seedDemoOrganiser(db: Db): Promise<void> {
  const { id, email, name } = DEMO.organiser;
  await db.insert(users).values({ id, email, name, emailVerified: new Date() }).onConflictDoNothing();
  await db.insert(memberships).values({ orgId: DEMO.orgId, userId: id, role: "owner" }).onConflictDoNothing();
}

const DAY = 24 * 60 * 60 * 1000;

/** Seeds the demo organisation once. Returns true when it created data, false when it was already there. */
export async function seedDemoData(db: Db, now = new Date()): Promise<boolean> {
  const existing = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, DEMO.orgId));
  if (existing.length > 0) {
    await seedDemoOrganiser(db);
    return false;
  }

  // Images go through the real upload pipeline before the transaction (storage is not transactional).
  await db.insert(organisations).values({ id: DEMO.orgId, name: "Swagstand Demo" }).onConflictDoNothing();
  const image = async (name: Parameters<typeof renderDemoImage>[0]) =>
    (await storeImage({ db, orgId: DEMO.orgId, input: await renderDemoImage(name) })).id;
  // Side by side: rendering and re-encoding photo-sized images is most of the seed's time (sharp's threads).
  const [devLogo, devHero, shirt, socks, bfLogo, bfHero, breakfast] = await Promise.all([
    image("devconfLogo"),
    image("devconfHero"),
    image("tShirt"),
    image("socks"),
    image("breakfastLogo"),
    image("breakfastHero"),
    image("breakfast"),
  ]);

  await db.transaction(async (tx) => {
    await tx.insert(events).values([
      {
        id: DEMO.events.devconf.id,
        orgId: DEMO.orgId,
        slug: DEMO.events.devconf.slug,
        name: "DevConf 2027",
        status: "published",
        timeZone: "Europe/Amsterdam",
        startsAt: new Date(now.getTime() + 30 * DAY),
        endsAt: new Date(now.getTime() + 32 * DAY),
        maxOrdersPerAttendee: 1,
        currency: "EUR",
        referencePrefix: "DEV",
      },
      {
        id: DEMO.events.breakfast.id,
        orgId: DEMO.orgId,
        slug: DEMO.events.breakfast.slug,
        name: "Community Breakfast",
        status: "published",
        timeZone: "Europe/London",
        startsAt: new Date(now.getTime() + 14 * DAY),
        endsAt: new Date(now.getTime() + 14 * DAY + 3 * 60 * 60 * 1000),
        maxOrdersPerAttendee: 1,
        currency: "GBP",
        referencePrefix: "BRK",
      },
      {
        id: DEMO.events.draft.id,
        orgId: DEMO.orgId,
        slug: DEMO.events.draft.slug,
        name: "Summit (draft)",
        status: "draft",
        referencePrefix: "SUM",
      },
    ]);

    const page = (content: PageContent, eventId: string, blocks?: ReturnType<typeof devconfPage>) => ({
      eventId,
      version: 1,
      content,
      document: blocks?.document ?? null,
      theme: blocks?.theme ?? null,
      publishedAt: now,
    });
    // DevConf is the rich block page (the legacy content stays filled, as publishing derives it); the others
    // keep their older single-form content, which renders through the default document.
    const devconfBlocks = devconfPage(
      { logo: devLogo, hero: devHero, shirt, socks, foyer: bfHero, breakfast },
      { startsAt: new Date(now.getTime() + 30 * DAY), endsAt: new Date(now.getTime() + 32 * DAY), now },
    );
    await tx.insert(eventPages).values([
      page(
        {
          title: "DevConf 2027 swag",
          tagline: "Free conference t-shirts and socks: pick your size, collect at the registration desk.",
          descriptionMd:
            "Every attendee gets **one free t-shirt** and a pair of socks.\n\n- Choose your size carefully: sizes run *true to fit*.\n- Collect your order at the registration desk with your reference.",
          primaryColor: "#4338ca",
          accentColor: "#b45309",
          logoBlobId: devLogo,
          heroBlobId: devHero,
          font: "sans",
          ctaLabel: "Get your t-shirt",
          pickupInfo: "Registration desk, hall A, both conference days from 08:30.",
        },
        DEMO.events.devconf.id,
        devconfBlocks,
      ),
      page(
        {
          title: "Community Breakfast",
          tagline: "Reserve your breakfast before the keynote.",
          descriptionMd:
            "A warm breakfast for everyone who registers. Tell us about dietary needs and we will cater for them.",
          primaryColor: "#15803d",
          accentColor: "#b45309",
          logoBlobId: bfLogo,
          heroBlobId: bfHero,
          font: "rounded",
          ctaLabel: "Reserve breakfast",
          pickupInfo: "Served in the foyer from 07:30 to 09:00.",
        },
        DEMO.events.breakfast.id,
      ),
      page(
        {
          title: "Summit",
          tagline: "Not announced yet.",
          descriptionMd: "",
          primaryColor: "#0f172a",
          accentColor: "#e11d48",
          logoBlobId: null,
          heroBlobId: null,
          font: "serif",
          ctaLabel: "Order now",
          pickupInfo: "",
        },
        DEMO.events.draft.id,
      ),
    ]);

    const [tShirtItem, socksItem, breakfastItem, draftItem] = await tx
      .insert(items)
      .values([
        {
          eventId: DEMO.events.devconf.id,
          name: "DevConf t-shirt",
          description: "Soft organic cotton, indigo with the DevConf logo.",
          imageBlobId: shirt,
          displayOrder: 1,
        },
        {
          eventId: DEMO.events.devconf.id,
          name: "Conference socks",
          description: "One size fits most (EU 38–46).",
          imageBlobId: socks,
          maxPerOrder: 2,
          displayOrder: 2,
        },
        {
          eventId: DEMO.events.breakfast.id,
          name: "Breakfast",
          description: "Eggs, toast, fruit, coffee or tea.",
          imageBlobId: breakfast,
          displayOrder: 1,
        },
        { eventId: DEMO.events.draft.id, name: "Summit cap", description: "Coming soon." },
      ])
      .returning();
    if (!tShirtItem || !socksItem || !breakfastItem || !draftItem) throw new Error("seed: items not created");

    const sizes: Array<[string, number]> = [
      ["XS", 12],
      ["S", 25],
      ["M", 40],
      ["L", 3],
      ["XL", 0],
      ["XXL", 8],
    ];
    await tx.insert(variants).values([
      ...sizes.map(([label, stock], i) => ({
        itemId: tShirtItem.id,
        eventId: DEMO.events.devconf.id,
        label,
        stock,
        displayOrder: i,
      })),
      { itemId: socksItem.id, eventId: DEMO.events.devconf.id, label: "One size", stock: 150 },
      { itemId: breakfastItem.id, eventId: DEMO.events.breakfast.id, label: "Breakfast", stock: 120 },
      { itemId: draftItem.id, eventId: DEMO.events.draft.id, label: "One size", stock: 50 },
    ]);

    await tx.insert(formVersions).values([
      { eventId: DEMO.events.devconf.id, version: 1, fields: devconfFormFields },
      { eventId: DEMO.events.breakfast.id, version: 1, fields: breakfastFormFields },
    ]);
  });
  await seedDemoOrganiser(db);
  return true;
}

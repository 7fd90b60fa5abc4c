import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { EventHero } from "@/components/landing/event-hero";
import { EventShell } from "@/components/landing/event-shell";
import { ItemCard } from "@/components/landing/item-card";
import { SanitisedProse } from "@/components/landing/prose";
import { isItemSoldOut } from "@/components/landing/availability";
import { markdownToPlainText, renderMarkdown } from "@/lib/events/markdown";
import { eventUrl } from "@/lib/tenancy/event-url";
import { orderingWindow } from "@/lib/events/window";
import { formatEventDates } from "@/lib/format/date-time";
import { loadPublicEvent } from "./load-public-event";

/**
 * The event's landing page (reached as {slug}.{ROOT_DOMAIN}/ through the middleware rewrite).
 *
 * Cached (ISR): nothing is prerendered at build time (no database during `next build`), each event's page is
 * rendered on its first visit and then served from cache, regenerated in the background at most every 15 s.
 * So stock and the ordering window shown here are at most ~15 s old; the order transaction is the authority.
 * Publishing can refresh it at once with revalidatePath(`/s/${slug}`).
 *
 * Server components only: this tree ships no client JavaScript of its own.
 */
export const revalidate = 15;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await loadPublicEvent(slug);
  if (!event) return {};
  const { page } = event;
  const description = page.tagline || markdownToPlainText(page.descriptionMd) || `${event.name} on Swagstand`;
  const url = eventUrl(event.slug);
  return {
    metadataBase: new URL(url),
    title: { absolute: page.title },
    description,
    alternates: { canonical: "/" },
    openGraph: {
      type: "website",
      url,
      siteName: event.name,
      title: page.title,
      description,
      images: event.hero
        ? [{ url: event.hero.url, width: event.hero.width, height: event.hero.height, alt: "" }]
        : undefined,
    },
    twitter: { card: event.hero ? "summary_large_image" : "summary", title: page.title, description },
  };
}

export async function generateViewport({ params }: Props): Promise<Viewport> {
  const { slug } = await params;
  const event = await loadPublicEvent(slug);
  return event ? { themeColor: event.page.primaryColor } : {};
}

export default async function EventLandingPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadPublicEvent(slug);
  if (!event) notFound();

  const { page } = event;
  const ordering = orderingWindow(event, new Date());
  const allSoldOut = event.items.length > 0 && event.items.every(isItemSoldOut);
  const descriptionHtml = renderMarkdown(page.descriptionMd);

  return (
    <EventShell
      brand={{ primaryColor: page.primaryColor, accentColor: page.accentColor, font: page.font }}
      eventName={event.name}
      logo={event.logo}
    >
      <EventHero
        title={page.title}
        tagline={page.tagline}
        dates={formatEventDates(event.startsAt, event.endsAt, event.timeZone)}
        hero={event.hero}
        ordering={ordering}
        timeZone={event.timeZone}
        ctaLabel={page.ctaLabel}
        showCta={ordering.state === "open" && event.items.length > 0 && !allSoldOut}
        soldOut={allSoldOut}
      />

      {descriptionHtml ? (
        <section aria-label="About" className="mx-auto max-w-5xl px-4 py-6">
          <SanitisedProse html={descriptionHtml} className="max-w-prose" />
        </section>
      ) : null}

      {event.items.length > 0 ? (
        <section aria-labelledby="items-heading" className="mx-auto max-w-5xl px-4 py-6">
          <h2 id="items-heading" className="text-2xl font-bold tracking-tight">
            What&apos;s on offer
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="items-grid">
            {event.items.map((item) => (
              <li key={item.id} className="flex">
                <ItemCard item={item} currency={event.currency} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.pickupInfo ? (
        <section aria-labelledby="pickup-heading" className="mx-auto max-w-5xl px-4 py-6">
          <h2 id="pickup-heading" className="text-2xl font-bold tracking-tight">
            Pick-up
          </h2>
          <p className="mt-2 whitespace-pre-line text-slate-800" data-testid="pickup-info">
            {page.pickupInfo}
          </p>
        </section>
      ) : null}
    </EventShell>
  );
}

import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { EventShell } from "@/components/landing/event-shell";
import { PageBlocks } from "@/components/page-blocks/page-blocks";
import { landingMetadata } from "@/lib/pages/landing-metadata";
import { pageRenderContext } from "@/components/page-blocks/render-context";
import { loadPublicLanding } from "./load-public-event";

/**
 * The event's landing page (reached as {slug}.{ROOT_DOMAIN}/ through the middleware rewrite): the published
 * block document drawn with its theme (ADR 021, ADR 022).
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
  const event = await loadPublicLanding(slug);
  return event ? landingMetadata(event) : {};
}

export async function generateViewport({ params }: Props): Promise<Viewport> {
  const { slug } = await params;
  const event = await loadPublicLanding(slug);
  return event ? { themeColor: event.renderable.theme.primaryColor } : {};
}

export default async function EventLandingPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadPublicLanding(slug);
  if (!event) notFound();

  const { page, renderable, images } = event;
  const { theme } = renderable;
  return (
    <EventShell
      brand={{ primaryColor: page.primaryColor, accentColor: page.accentColor, font: page.font }}
      theme={theme}
      eventName={event.name}
      logo={(theme.logoBlobId ? images.get(theme.logoBlobId) : undefined) ?? event.logo}
    >
      <PageBlocks blocks={renderable.document.content} context={pageRenderContext(event, new Date())} />
    </EventShell>
  );
}

import type { Metadata } from "next";
import { markdownToPlainText } from "@/lib/events/markdown";
import { eventUrl } from "@/lib/tenancy/event-url";
import type { PublicLanding } from "./public-landing";

/** Where each event host serves its generated Open Graph image (app/s/[slug]/og-image/route.tsx). */
export const OG_IMAGE_PATH = "/og-image";
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

type LandingForMetadata = Pick<PublicLanding, "slug" | "name" | "page" | "renderable" | "images"> & {
  published: Pick<PublicLanding["published"], "version">;
};

/**
 * The Open Graph image's address for the live page version (ADR 031): `?v=<version>` changes with every
 * publish, so chat apps, social sites and CDNs, which cache an image by its URL for days, fetch the new card
 * instead of showing the old one. The route ignores the parameter: it always draws the live page.
 */
export function ogImagePath(version: number | null): string {
  return version === null ? OG_IMAGE_PATH : `${OG_IMAGE_PATH}?v=${version}`;
}

/**
 * The landing page's <head> for search engines and link previews: the document's own title and description
 * (root props; else the older page's title and tagline, else the event's name), the canonical address on the
 * event's subdomain, `noindex` when the marketer hid the page from search engines, the theme's favicon, and
 * the Open Graph image generated per event on its own host.
 */
export function landingMetadata(event: LandingForMetadata): Metadata {
  const { root } = event.renderable.document;
  const { page } = event;
  const title = root.props.title || page.title || event.name;
  const description =
    root.props.description ||
    page.tagline ||
    markdownToPlainText(page.descriptionMd) ||
    `${event.name} on Swagstand`;
  const url = eventUrl(event.slug);
  const favicon = event.renderable.theme.faviconBlobId
    ? event.images.get(event.renderable.theme.faviconBlobId)
    : undefined;
  const image = {
    url: eventUrl(event.slug, ogImagePath(event.published.version)),
    ...OG_IMAGE_SIZE,
    alt: title,
  };
  return {
    metadataBase: new URL(url),
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    robots: root.props.hideFromSearch ? { index: false, follow: false } : undefined,
    icons: favicon ? { icon: favicon.url } : undefined,
    openGraph: { type: "website", url, siteName: event.name, title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

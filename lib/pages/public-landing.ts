import "server-only";
import type { Db } from "@/db/client";
import type { PublicEvent, PublicImage } from "@/lib/events/queries";
import { loadPageImages } from "./page-images";
import { publishedRenderablePage, type RenderablePage } from "./renderable-page";

/** An event as its landing page draws it: the public event plus its validated page and that page's images. */
export type PublicLanding = PublicEvent & {
  renderable: RenderablePage;
  images: ReadonlyMap<string, PublicImage>;
};

/**
 * Adds the published document (or, for older rows, the default document built from the legacy content) and the
 * images it points at to a public event. One more round trip, only for the landing page (the order page keeps
 * using the event alone); the landing page is cached, so it is paid once per revalidation.
 */
export async function withPublishedPage(db: Db, event: PublicEvent): Promise<PublicLanding> {
  const renderable = publishedRenderablePage(
    { content: event.page, document: event.published.document, theme: event.published.theme },
    event.name,
  );
  const images = await loadPageImages(db, { orgId: event.published.orgId, page: renderable });
  return { ...event, renderable, images };
}

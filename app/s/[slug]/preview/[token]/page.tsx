import type { Metadata } from "next";
import { EventShell } from "@/components/landing/event-shell";
import { PreviewBanner } from "@/components/landing/preview-banner";
import { PageBlocks } from "@/components/page-blocks/page-blocks";
import { pageRenderContext } from "@/components/page-blocks/render-context";
import { loadPreview, previewPath } from "./load-preview";

/**
 * A page preview link (ADR 022): the draft page on the event's real host, for anyone holding the unexpired
 * token, also while the event itself is a draft. Rendered per request and never cached or indexed (the draft
 * changes as the marketer types; next.config.ts also sends X-Robots-Tag and no-referrer on these paths).
 * Order buttons lead to the preview's own order page, which refuses ordering.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const event = await loadPreview(slug, token);
  return {
    title: { absolute: `Preview · ${event.renderable.document.root.props.title || event.name}` },
    robots: { index: false, follow: false },
  };
}

export default async function PagePreview({ params }: Props) {
  const { slug, token } = await params;
  const event = await loadPreview(slug, token);
  const { theme } = event.renderable;
  return (
    <>
      <PreviewBanner
        expiresAt={event.expiresAt}
        timeZone={event.timeZone}
        skippedBlocks={event.skippedBlocks}
      />
      <EventShell
        brand={theme}
        theme={theme}
        eventName={event.name}
        logo={(theme.logoBlobId ? event.images.get(theme.logoBlobId) : undefined) ?? null}
        homeHref={previewPath(token)}
      >
        <PageBlocks
          blocks={event.renderable.document.content}
          context={pageRenderContext(event, new Date(), previewPath(token, "/order"))}
        />
      </EventShell>
    </>
  );
}

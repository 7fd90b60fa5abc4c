import { pageContentSchema, type PageContent } from "@/lib/events/page-content";
import { childrenOf, type ContentBlock, type PageDocument } from "@/lib/pages/page-document";
import type { Theme } from "@/lib/pages/theme";

const clip = (value: string, max: number) => value.trim().slice(0, max).trim();

function firstBlock<T extends ContentBlock["type"]>(
  document: PageDocument,
  type: T,
): Extract<ContentBlock, { type: T }> | undefined {
  for (const block of document.content.flatMap((b) => [b, ...childrenOf(b)])) {
    if (block.type === type) return block as Extract<ContentBlock, { type: T }>;
  }
  return undefined;
}

/**
 * The older single-form content (`event_pages.content`, still NOT NULL) derived from a published document
 * and theme: the order page's branding and the emails still read it. Title and tagline from the page's root
 * (the event's name when the title is empty), colours, font and logo from the theme, the hero image and the
 * button label from the first Hero, the description from the first text block. Clipped to that schema's
 * shorter limits, and parsed with it, so what is stored is always valid PageContent.
 */
export function legacyPageContent({
  document,
  theme,
  eventName,
}: {
  document: PageDocument;
  theme: Theme;
  eventName: string;
}): PageContent {
  const hero = firstBlock(document, "Hero");
  const text = firstBlock(document, "RichText");
  return pageContentSchema.parse({
    title: clip(document.root.props.title, 120) || clip(eventName, 120),
    tagline: clip(document.root.props.description, 200),
    descriptionMd: (text?.props.markdown ?? "").slice(0, 10_000),
    primaryColor: theme.primaryColor,
    accentColor: theme.accentColor,
    logoBlobId: theme.logoBlobId,
    heroBlobId: hero?.props.image?.blobId ?? null,
    font: theme.font,
    ctaLabel: clip(hero?.props.ctaLabel ?? "", 40) || "Order now",
    pickupInfo: "",
  });
}

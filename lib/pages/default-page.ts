import type { PageContent } from "@/lib/events/page-content";
import { validatePageDocument, type PageDocument } from "./page-document";
import { themeSchema, type Theme } from "./theme";

/**
 * The page a new event starts from, and what an event's older single-form page (PageContent: title, tagline,
 * description, pickup info, colours) becomes in the block editor: a hero with the order button, the
 * description, the items from the catalog, pickup information, and a closing call to action. Block ids are
 * fixed so the same input always gives the same document (tests, and no churn in saved drafts).
 */
export function defaultPageDocument(
  content: Pick<
    PageContent,
    "title" | "tagline" | "descriptionMd" | "heroBlobId" | "ctaLabel" | "pickupInfo"
  >,
): PageDocument {
  const blocks: unknown[] = [
    {
      type: "Hero",
      props: {
        id: "Hero-start",
        heading: content.title,
        subheading: content.tagline,
        background: content.heroBlobId ? "image" : "gradient",
        image: content.heroBlobId ? { blobId: content.heroBlobId } : null,
        ctaLabel: content.ctaLabel,
      },
    },
  ];
  if (content.descriptionMd.trim()) {
    blocks.push({ type: "RichText", props: { id: "RichText-about", markdown: content.descriptionMd } });
  }
  blocks.push({ type: "ItemsShowcase", props: { id: "ItemsShowcase-items" } });
  if (content.pickupInfo.trim()) {
    blocks.push({
      type: "RichText",
      props: { id: "RichText-pickup", markdown: `## Pickup\n\n${content.pickupInfo}` },
    });
  }
  blocks.push({
    type: "CtaBand",
    props: {
      id: "CtaBand-end",
      heading: "Get yours before they are gone",
      buttonLabel: content.ctaLabel,
      href: "/order",
    },
  });
  const result = validatePageDocument({
    root: { props: { title: content.title, description: content.tagline } },
    content: blocks,
  });
  // Built from already-validated page content, so this holds; failing loudly beats serving a broken page.
  if (!result.ok)
    throw new Error(`default page document is invalid: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.document;
}

/** The theme carried over from an older page's colours, font and logo. */
export function themeFromPageContent(
  content: Pick<PageContent, "primaryColor" | "accentColor" | "font" | "logoBlobId">,
): Theme {
  return themeSchema.parse({
    primaryColor: content.primaryColor,
    accentColor: content.accentColor,
    font: content.font,
    logoBlobId: content.logoBlobId,
  });
}

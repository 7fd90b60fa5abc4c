import { pageContentSchema, type PageContent } from "@/lib/events/page-content";
import { defaultPageDocument, themeFromPageContent } from "./default-page";
import { validatePageDocument, type PageBlock, type PageDocument } from "./page-document";
import { themeSchema, type Theme } from "./theme";

/** What the public renderer draws: a validated document and a parsed theme, never raw stored JSON. */
export type RenderablePage = { document: PageDocument; theme: Theme };

/**
 * The legacy content of an event without a valid published page: the shop stays usable under the event's
 * own name while marketing catches up.
 */
export function plainPageContent(eventName: string): PageContent {
  return pageContentSchema.parse({
    title: eventName.slice(0, 120) || "Event",
    primaryColor: "#1f2937",
    accentColor: "#1d4ed8",
  });
}

/**
 * A published event_pages row as the landing page draws it. Rows from before the editor (document null) become
 * defaultPageDocument(content) with the theme carried over from their colours; a row whose stored document or
 * theme no longer validates (published before a rule tightened) falls back the same way rather than failing
 * the page. Stored JSON is parsed here, not trusted.
 */
export function publishedRenderablePage(
  row: { content: PageContent; document: unknown; theme: unknown } | null,
  eventName: string,
): RenderablePage {
  const content = row?.content ?? plainPageContent(eventName);
  const parsed = row?.document == null ? null : validatePageDocument(row.document);
  const theme = row?.theme == null ? null : themeSchema.safeParse(row.theme);
  return {
    document: parsed?.ok ? parsed.document : defaultPageDocument(content),
    theme: theme?.success ? theme.data : themeFromPageContent(content),
  };
}

/**
 * A draft as the preview draws it. A draft is saved while it is being edited, so it may be invalid: the preview
 * shows every top-level block that validates on its own and counts the ones it left out (the editor lists
 * what to fix), with the fallback's theme when the draft's theme does not parse.
 */
export function draftRenderablePage(
  draft: { document: unknown; theme: unknown },
  fallback: RenderablePage,
): RenderablePage & { skippedBlocks: number } {
  const theme = themeSchema.safeParse(draft.theme);
  const whole = validatePageDocument(draft.document);
  if (whole.ok)
    return { document: whole.document, theme: theme.success ? theme.data : fallback.theme, skippedBlocks: 0 };

  const raw = (draft.document ?? {}) as { root?: unknown; content?: unknown };
  const blocks = Array.isArray(raw.content) ? raw.content : [];
  const root = validatePageDocument({ root: raw.root, content: [] });
  const content: PageBlock[] = [];
  for (const block of blocks) {
    const one = validatePageDocument({ root: { props: {} }, content: [block] });
    // Ids must stay unique across the kept blocks (React keys, heading ids).
    if (
      one.ok &&
      one.document.content[0] &&
      !content.some((b) => b.props.id === one.document.content[0]!.props.id)
    )
      content.push(one.document.content[0]);
  }
  return {
    document: {
      root: root.ok ? root.document.root : fallback.document.root,
      content,
    },
    theme: theme.success ? theme.data : fallback.theme,
    skippedBlocks: blocks.length - content.length,
  };
}

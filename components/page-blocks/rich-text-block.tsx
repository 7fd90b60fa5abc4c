import { SanitisedProse } from "@/components/landing/prose";
import { renderMarkdown } from "@/lib/events/markdown";
import type { ContentBlock } from "@/lib/pages/page-document";

type RichTextProps = Extract<ContentBlock, { type: "RichText" }>["props"];

/** Markdown, turned into sanitised HTML on the server (lib/events/markdown.ts): headings, lists, links, emphasis. */
export function RichTextBlock({ props }: { props: RichTextProps }) {
  return <SanitisedProse html={renderMarkdown(props.markdown)} className="max-w-prose" />;
}

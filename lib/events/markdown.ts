import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Organiser-written Markdown (event descriptions) rendered to HTML that is safe to inject with
 * dangerouslySetInnerHTML. Marked passes raw HTML through, so sanitize-html is the actual security boundary:
 * an allow-list of basic formatting, links only to http(s)/mailto/tel, and every link marked
 * rel="noopener nofollow" (organiser content must not lend the platform's reputation to arbitrary sites).
 */

// A private instance: registering options on the global `marked` would leak into any other user of it.
const markdown = new Marked({ async: false, gfm: true, breaks: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Drop the content of dangerous elements too, not just the tags (a <script> body is not prose).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed"],
  disallowedTagsMode: "discard",
  transformTags: {
    // The page has exactly one h1 (the event title), so Markdown headings start one level lower.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener nofollow" } }),
  },
};

/** Markdown → sanitised HTML. Empty or whitespace-only input gives an empty string. */
export function renderMarkdown(source: string): string {
  if (source.trim() === "") return "";
  const html = markdown.parse(source, { async: false });
  return sanitizeHtml(html, sanitizeOptions).trim();
}

/** Markdown → plain text (meta descriptions, Open Graph): every tag removed, whitespace collapsed. */
export function markdownToPlainText(source: string, maxLength = 200): string {
  // Block ends become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
  const spaced = renderMarkdown(source).replace(/<\/(p|li|h[2-4]|blockquote|pre)>|<br\s*\/?>/g, " ");
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Last, so "&amp;lt;" becomes "&lt;" and not "<".
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

import "server-only";
import { brandCssVariables } from "@/lib/format/brand-colours";
import type { CachedBranding } from "./branding-cache";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_TEXT, UNAVAILABLE_TITLE } from "./messages";

/**
 * The 503 answer for an attendee page while the database is away (issue 9, ADR 013): Retry-After, never
 * cached, and a small self-contained page in the event's colours when they are cached (no database, no client
 * JavaScript).
 */
export function unavailableResponse(options: {
  branding: CachedBranding | undefined;
  method: string;
  /** Other words for the same branded 503, e.g. a maintenance message (ADR 027); escaped here. */
  words?: { title: string; text: string };
  retryAfterSeconds?: number;
}): Response {
  const headers = {
    "Retry-After": String(options.retryAfterSeconds ?? RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Type": "text/html; charset=utf-8",
  };
  const body = options.method === "HEAD" ? null : unavailablePage(options.branding, options.words);
  return new Response(body, { status: 503, headers });
}

function unavailablePage(
  branding: CachedBranding | undefined,
  custom: { title: string; text: string } | undefined,
): string {
  const words = custom ?? { title: UNAVAILABLE_TITLE, text: UNAVAILABLE_TEXT };
  const tabTitle = custom ? escapeHtml(custom.title) : "Temporarily unavailable";
  // Colours come back from brandCssVariables validated (#rrggbb or a default), so they are safe in CSS.
  const vars = brandCssVariables({
    primaryColor: branding?.primaryColor ?? "#0f172a",
    accentColor: branding?.accentColor ?? "#f59e0b",
    font: branding?.font,
  });
  const name = escapeHtml(branding?.eventName ?? "Swagstand");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${tabTitle} · ${name}</title>
<style>
body{margin:0;font-family:${vars["--font-sans"]};color:#0f172a;background:#fff}
header{background:${vars["--brand-primary"]};color:${vars["--brand-on-primary"]};padding:12px 16px;font-weight:600;font-size:1.125rem}
header a{color:inherit;text-decoration:none}
main{max-width:36rem;margin:0 auto;padding:32px 16px}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 12px}
p{font-size:1.125rem;line-height:1.5;margin:0 0 20px}
.again{display:inline-block;min-height:44px;line-height:44px;padding:0 20px;border-radius:12px;background:${vars["--brand-primary"]};color:${vars["--brand-on-primary"]};font-weight:600;text-decoration:none}
</style>
</head>
<body>
<header><a href="/">${name}</a></header>
<main id="main">
<h1 data-testid="unavailable-title">${escapeHtml(words.title)}</h1>
<p data-testid="unavailable-text">${escapeHtml(words.text)}</p>
<a class="again" href="">Try again</a>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

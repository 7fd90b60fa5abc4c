"use client";

import { useEffect } from "react";

/**
 * Re-asserts the document title after hydration. Needed on the 404 page reached through the middleware's
 * rewrite: the server sends the right <title>, but Next's client router then applies the root layout's
 * default title for the rewritten URL (seen with Next 16.4; plain 404s keep theirs).
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

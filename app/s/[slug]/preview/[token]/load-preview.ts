import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { loadPreviewPage } from "@/lib/pages/preview/load-preview";

/**
 * The preview behind a token on this event's host, memoised per request (metadata and page share it). An
 * invalid, forged, expired or other event's token is the preview's friendly not-found page, never an error.
 */
export const loadPreview = cache(async (slug: string, token: string) => {
  const found = await loadPreviewPage({ db: getDb(), slug, token });
  if (!found.ok) notFound();
  return found.event;
});

export const previewPath = (token: string, path = "") => `/preview/${encodeURIComponent(token)}${path}`;

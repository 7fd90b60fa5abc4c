import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getPublicEvent } from "@/lib/events/queries";

/**
 * getPublicEvent for the current render, memoised per request so generateMetadata, generateViewport and the
 * page share one lookup (React's cache() compares arguments, hence a plain string rather than an object).
 */
export const loadPublicEvent = cache((slug: string) => getPublicEvent({ db: getDb(), slug }));

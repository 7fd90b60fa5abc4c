import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getOrderByToken } from "@/lib/orders/get-order";

/**
 * The attendee's order behind a private token, scoped to the event of the subdomain, memoised per request so
 * generateMetadata (the title names the event) and the page share one lookup. Plain string arguments: React's
 * cache() compares them by value.
 */
export const loadOrderByToken = cache((slug: string, token: string) =>
  getOrderByToken({ db: getDb(), token, eventSlug: slug }),
);

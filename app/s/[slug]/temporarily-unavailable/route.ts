import { cachedBranding } from "@/lib/outage/branding-cache";
import { unavailableResponse } from "@/lib/outage/unavailable-response";

/**
 * The 503 answer (ADR 013): middleware.ts rewrites the order and my-order page requests here while this instance's
 * readiness probe says the database is away. Never touches the database; the event's colours come from this
 * process's branding cache when it has them. Reached directly, it says the same: nothing here is private.
 */
type Context = { params: Promise<{ slug: string }> };

async function answer(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return unavailableResponse({ branding: cachedBranding(slug), method: request.method });
}

export const dynamic = "force-dynamic";
export const GET = answer;
export const HEAD = answer;

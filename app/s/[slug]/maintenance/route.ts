import { ACTION_HEADER } from "@/lib/http/action-request";
import { CLOSED_ACTION_CONTENT_TYPE, closedActionBody } from "@/lib/maintenance/closed-action";
import { maintenanceForSlug } from "@/lib/maintenance/cached";
import { DEFAULT_MAINTENANCE_MESSAGES } from "@/lib/maintenance/mode";
import { MAINTENANCE_RETRY_AFTER_SECONDS, MAINTENANCE_TITLE } from "@/lib/maintenance/words";
import { cachedBranding } from "@/lib/outage/branding-cache";
import { unavailableResponse } from "@/lib/outage/unavailable-response";

/**
 * The "closed for maintenance" answer (ADR 027): middleware.ts rewrites a closed event's pages here, and this
 * answers 503 with Retry-After and the message, in the event's colours (the branding cache of ADR 013); its
 * server-action POSTs too, so no action of a closed shop runs (a fetched one gets the message as plain text). Always a
 * 503: the middleware's verdict may be a second older than the cache read here, and a redirect back to the page
 * could bounce until both agree. Reached directly, it says only what the shop's attendees would read.
 */
type Context = { params: Promise<{ slug: string }> };

async function answer(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  let text = DEFAULT_MAINTENANCE_MESSAGES.closed;
  try {
    const maintenance = await maintenanceForSlug(slug);
    if (maintenance.mode === "closed") text = maintenance.message;
  } catch {
    // The database is away: the default words still say the right thing.
  }
  // A fetched server action (ADR 027 addendum): a body Next's client hands to the form as the error's message.
  if (request.method === "POST" && request.headers.has(ACTION_HEADER)) {
    return new Response(closedActionBody(text), {
      status: 503,
      headers: {
        "Retry-After": String(MAINTENANCE_RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
        "Content-Type": CLOSED_ACTION_CONTENT_TYPE,
      },
    });
  }
  return unavailableResponse({
    branding: cachedBranding(slug),
    method: request.method,
    words: { title: MAINTENANCE_TITLE, text },
    retryAfterSeconds: MAINTENANCE_RETRY_AFTER_SECONDS,
  });
}

export const dynamic = "force-dynamic";
export const GET = answer;
export const HEAD = answer;
/** A closed event's server actions, natively posted (the page) or fetched (the message as plain text). */
export const POST = answer;

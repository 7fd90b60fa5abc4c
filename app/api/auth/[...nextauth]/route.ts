import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;

/**
 * Magic links are requested only through the dashboard's sign-in action, which applies the rate limits;
 * Auth.js's own email endpoint is closed so a script cannot bypass them. OAuth and sign-out pass through.
 */
export async function POST(request: NextRequest) {
  if (new URL(request.url).pathname.startsWith("/api/auth/signin/email")) {
    return new Response("Request a sign-in link from /dashboard/sign-in.", { status: 404 });
  }
  return handlers.POST(request);
}

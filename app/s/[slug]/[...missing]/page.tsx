import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * Any path under an event's host that no attendee route matches: the friendly 404 (app/not-found.tsx), rendered
 * per request so its scripts carry the request's CSP nonce (ADR 015). Without this route Next answers with
 * its `_not-found` HTML, prerendered at build with no request to take a nonce from, and the policy blocks its
 * scripts. (not-found.tsx itself cannot wait for a request: every page renders it as its not-found boundary,
 * the cached landing page too.)
 */
export default async function MissingEventPage(): Promise<never> {
  await connection();
  notFound();
}

import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * `/_swagstand/not-found` (the folder's %5F is a literal underscore): where middleware.ts rewrites unknown and
 * reserved hosts and `/s/*` on the root domain. Renders the friendly 404 per request so its scripts carry the
 * request's CSP nonce (ADR 015), instead of the `_not-found` HTML prerendered at build without one.
 */
export default async function RefusedHostPage(): Promise<never> {
  await connection();
  notFound();
}

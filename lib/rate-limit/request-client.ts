import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import {
  decideClientAddress,
  parseTrustedProxies,
  UNKNOWN_CLIENT,
  type TrustedProxies,
} from "@/lib/http/client-address";

let trusted: TrustedProxies | undefined;
let warned = false;

/**
 * The address of the client making the current request (server actions, route handlers), decided by
 * client-address.ts from the request's headers and TRUSTED_PROXY (validated at start by lib/env.ts).
 */
export async function requestClientAddress(requestHeaders?: Headers): Promise<string> {
  const config = env();
  if (!trusted) {
    const parsed = parseTrustedProxies(config.TRUSTED_PROXY);
    if (!parsed.ok) throw new Error(`TRUSTED_PROXY: ${parsed.message}`);
    trusted = parsed.proxies;
  }
  const address = decideClientAddress({
    // A route handler may pass its request's headers; server actions read the request scope.
    headers: requestHeaders ?? (await headers()),
    trustedProxies: trusted,
    onVercel: config.VERCEL === "1",
  });
  if (address === UNKNOWN_CLIENT && !warned && config.NODE_ENV !== "test") {
    warned = true;
    logger.warn(
      "no client address: serve with `npm start` (scripts/peer-address.mjs) or on Vercel; until then every " +
        "client shares one rate-limit counter",
    );
  }
  return address;
}

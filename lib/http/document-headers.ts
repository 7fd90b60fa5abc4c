/**
 * The per-request part of the security headers, for middleware.ts (ADR 015). Edge-safe: reads process.env
 * directly (not lib/env.ts, which pulls zod into the Edge bundle) once at module load, like ROOT_DOMAIN.
 */
import { contentSecurityPolicy, isHttpsUrl, newNonce, strictTransportSecurity } from "./security-headers";

const DEVELOPMENT = process.env.NODE_ENV === "development";
const PRODUCTION = process.env.NODE_ENV === "production";
// APP_URL is the public URL (lib/env.ts defaults it to http://ROOT_DOMAIN): https there means the site is
// served over TLS, whatever the hop between the TLS terminator and this server speaks.
const HTTPS = isHttpsUrl(process.env.APP_URL);
// Without JavaScript, the GitHub button is a form whose answer redirects to github.com, and browsers apply
// form-action to that redirect.
const FORM_ACTION_ORIGINS = process.env.AUTH_GITHUB_ID ? ["https://github.com"] : [];
/**
 * The nonce of cached (ISR) pages, fixed per build: next.config.ts draws it at build time, so every instance
 * of one deployment agrees with the HTML in the shared cache. Public by design (it is in that HTML); see
 * ADR 015 for what it does and does not protect. Outside a build (unit tests) one per process.
 */
const CACHED_PAGE_NONCE = process.env.SWAGSTAND_CACHED_PAGE_NONCE || newNonce();

export interface DocumentHeaders {
  /** Sent both ways: Next reads the nonce for its scripts from the request's copy. */
  readonly contentSecurityPolicy: string;
  readonly strictTransportSecurity: string | null;
}

/** `cachedPage`: the request may be answered with HTML rendered for an earlier request (ISR). */
export function documentHeaders({ cachedPage }: { cachedPage: boolean }): DocumentHeaders {
  return {
    contentSecurityPolicy: contentSecurityPolicy({
      nonce: cachedPage ? CACHED_PAGE_NONCE : newNonce(),
      development: DEVELOPMENT,
      https: HTTPS,
      formActionOrigins: FORM_ACTION_ORIGINS,
    }),
    strictTransportSecurity: strictTransportSecurity({ production: PRODUCTION, https: HTTPS }),
  };
}

import { expect, type Page, type Response } from "@playwright/test";

/**
 * Security headers and CSP violations, for the specs that visit every kind of page (ADR 015).
 *
 * `watchCsp` records every Content-Security-Policy violation a page reports, both as the DOM's
 * `securitypolicyviolation` event (an init script, which the page's own CSP cannot block) and as Chromium's
 * console message, so a blocked script, style, image, form or connection fails the test wherever it happens.
 */
export function watchCsp(page: Page): { expectNone: () => Promise<void> } {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  void page.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
        .__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI}`);
    });
  });
  return {
    expectNone: async () => {
      // Violations are reported asynchronously: let the page settle before reading them.
      await page.waitForLoadState("networkidle");
      expect(violations, "no Content-Security-Policy violations").toEqual([]);
    },
  };
}

/** A directive's sources, e.g. directive(policy, "script-src") -> ["'self'", "'nonce-…'", "'strict-dynamic'"]. */
export function directive(policy: string, name: string): string[] | undefined {
  for (const part of policy.split(";")) {
    const [key, ...sources] = part.trim().split(/\s+/);
    if (key === name) return sources;
  }
  return undefined;
}

export function nonceOf(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

/**
 * The headers every HTML page must carry, over the plain HTTP of the e2e server: a strict nonce CSP that
 * refuses framing, nosniff, a private Referrer-Policy, isolation headers, no X-Powered-By, and no HSTS (that
 * one is for production over HTTPS: see lib/http/middleware-headers.test.ts). Returns the page's nonce.
 */
export async function expectDocumentSecurityHeaders(
  response: Response | null,
  what: string,
): Promise<string> {
  expect(response, what).not.toBeNull();
  const headers = await response!.allHeaders();
  const policy = headers["content-security-policy"];
  expect(policy, `${what}: Content-Security-Policy`).toBeTruthy();
  const scripts = directive(policy!, "script-src") ?? [];
  expect(scripts, `${what}: script-src`).toContain("'strict-dynamic'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-eval'");
  expect(directive(policy!, "frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(directive(policy!, "object-src"), `${what}: object-src`).toEqual(["'none'"]);
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toMatch(
    /^(strict-origin-when-cross-origin|no-referrer)$/,
  );
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], `${what}: COOP`).toBe("same-origin");
  expect(headers["cross-origin-resource-policy"], `${what}: CORP`).toBe("same-site");
  expect(headers["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
  expect(headers["strict-transport-security"], `${what}: no HSTS over plain HTTP`).toBeUndefined();
  // The internal /s/{slug} path: Next 16 always echoes a middleware rewrite in x-middleware-rewrite (no
  // setting hides it, ADR 015); no other header may carry it.
  for (const [name, value] of Object.entries(headers)) {
    if (name === "x-middleware-rewrite") continue;
    expect(value, `${what}: header ${name} leaks an internal path`).not.toMatch(/\/s\/[a-z0-9-]+|_swagstand/);
  }
  return nonceOf(policy!);
}

/**
 * Every script element of the server's HTML carries the policy's nonce: each would be blocked otherwise (the
 * chunks Next's runtime adds later are trusted through 'strict-dynamic').
 */
export async function expectScriptsCarryNonce(response: Response | null, nonce: string, what: string) {
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${what}: scripts in the HTML`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, `${what}: script nonce`).toContain(`nonce="${nonce}"`);
}

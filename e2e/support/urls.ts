import { test } from "@playwright/test";

/**
 * Addresses of the platform and of event shops, derived from the project's baseURL so a different port in
 * playwright.config.ts needs no change here. Chromium resolves every *.localhost name to loopback, which is
 * what lets one local server answer for each event's subdomain.
 */
export function rootUrl(path = "/"): string {
  return new URL(path, baseUrl()).toString();
}

export function tenantUrl(slug: string, path = "/"): string {
  const base = baseUrl();
  return new URL(path, `${base.protocol}//${slug}.${base.host}`).toString();
}

function baseUrl(): URL {
  const configured = test.info().project.use.baseURL;
  if (!configured) throw new Error("e2e: the Playwright project needs a baseURL");
  return new URL(configured);
}

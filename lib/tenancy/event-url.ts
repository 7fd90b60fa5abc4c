import { env } from "@/lib/env";

/** The public address of an event's shop: https://{slug}.{ROOT_DOMAIN} (http on localhost). */
export function eventUrl(slug: string, path = "/"): string {
  const { ROOT_DOMAIN, appUrl } = env();
  const protocol = new URL(appUrl).protocol;
  return `${protocol}//${slug}.${ROOT_DOMAIN}${path}`;
}

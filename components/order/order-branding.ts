import "server-only";
import type { ShellBrand } from "@/components/landing/event-shell";
import type { PublicEvent } from "@/lib/events/queries";

/**
 * Branding for pages about an existing order: the live page when the event is still public (with logo and
 * font), otherwise the colours the order lookup found, so an order stays readable after the event closes.
 */
export function orderPageBrand(
  publicEvent: PublicEvent | null,
  fallback: { primaryColor: string; accentColor: string },
): { brand: ShellBrand; logo: PublicEvent["logo"] } {
  if (publicEvent) {
    const { page } = publicEvent;
    return {
      brand: { primaryColor: page.primaryColor, accentColor: page.accentColor, font: page.font },
      logo: publicEvent.logo,
    };
  }
  return { brand: { primaryColor: fallback.primaryColor, accentColor: fallback.accentColor }, logo: null };
}

import type { PublicImage, PublicItem } from "@/lib/events/queries";
import type { OrderingWindow } from "@/lib/events/window";

/**
 * What blocks read besides their own props, resolved once per render on the server: the event, its live items,
 * the ordering window at `now`, and the uploaded images the document points at (only the organisation's own —
 * an id that resolves to nothing renders nothing).
 */
export type PageRenderContext = {
  event: { name: string; timeZone: string; currency: string; dates: string | null };
  ordering: OrderingWindow;
  items: PublicItem[];
  images: ReadonlyMap<string, PublicImage>;
  now: Date;
  /** Where "order" buttons lead: "/order" on the event's host (the default), the preview's own order page there. */
  orderHref?: string;
};

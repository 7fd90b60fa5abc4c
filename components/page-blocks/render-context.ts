import type { PageRenderContext } from "./context";
import type { PublicImage, PublicItem } from "@/lib/events/queries";
import { orderingWindow } from "@/lib/events/window";
import { formatEventDates } from "@/lib/format/date-time";

type EventForPage = Parameters<typeof orderingWindow>[0] & {
  name: string;
  timeZone: string;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
  items: PublicItem[];
  images: ReadonlyMap<string, PublicImage>;
};

/** What the blocks read besides their props, for the landing page and the preview alike, at `now`. */
export function pageRenderContext(event: EventForPage, now: Date, orderHref?: string): PageRenderContext {
  return {
    event: {
      name: event.name,
      timeZone: event.timeZone,
      currency: event.currency,
      dates: formatEventDates(event.startsAt, event.endsAt, event.timeZone),
    },
    ordering: orderingWindow(event, now),
    items: event.items,
    images: event.images,
    now,
    orderHref,
  };
}

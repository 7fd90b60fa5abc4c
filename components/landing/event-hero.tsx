import { PHOTO_QUALITY, StaticImage } from "@/components/ui/static-image";
import { LinkButton } from "@/components/ui/button";
import type { PublicImage } from "@/lib/events/queries";
import type { OrderingWindow } from "@/lib/events/window";
import { OrderingNotice } from "./ordering-notice";

/**
 * The top of the landing page: hero image (the likely LCP element, so preloaded with high priority: the only
 * image that is), the page's only h1, tagline,
 * dates, the ordering window and the call to action. Text sits below the image, never on it, so its contrast
 * does not depend on the photo.
 */
export function EventHero({
  title,
  tagline,
  dates,
  hero,
  ordering,
  timeZone,
  ctaLabel,
  showCta,
  soldOut,
}: {
  title: string;
  tagline: string;
  dates: string | null;
  hero: PublicImage | null;
  ordering: OrderingWindow;
  timeZone: string;
  ctaLabel: string;
  showCta: boolean;
  soldOut: boolean;
}) {
  return (
    <section aria-labelledby="event-title">
      {hero ? (
        <div className="relative mx-auto aspect-[2/1] w-full max-w-5xl overflow-hidden bg-slate-100 sm:mt-4 sm:rounded-2xl">
          <StaticImage
            src={hero.url}
            alt=""
            fill
            preload
            fetchPriority="high"
            quality={PHOTO_QUALITY}
            sizes="(min-width: 1024px) 1024px, 100vw"
            className="object-cover"
          />
        </div>
      ) : null}
      <div className="mx-auto max-w-5xl space-y-4 px-4 pb-2 pt-6">
        <h1 id="event-title" className="text-3xl font-extrabold tracking-tight text-balance sm:text-4xl">
          {title}
        </h1>
        {tagline ? <p className="text-lg text-slate-700">{tagline}</p> : null}
        {dates ? (
          <p className="font-semibold text-(--brand-text)" data-testid="event-dates">
            {dates}
          </p>
        ) : null}
        <OrderingNotice ordering={ordering} timeZone={timeZone} />
        {ordering.state === "open" && soldOut ? (
          <p className="font-semibold text-slate-900">
            Everything has been claimed. Thank you for your interest!
          </p>
        ) : null}
        {showCta ? (
          <LinkButton href="/order" size="lg" className="w-full sm:w-auto" data-testid="order-cta">
            {ctaLabel}
          </LinkButton>
        ) : null}
      </div>
    </section>
  );
}

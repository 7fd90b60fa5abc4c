import { PHOTO_QUALITY, StaticImage } from "@/components/ui/static-image";
import { LinkButton } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { OrderingNotice } from "@/components/landing/ordering-notice";
import type { ContentBlock } from "@/lib/pages/page-document";
import type { PageRenderContext } from "./context";

type HeroProps = Extract<ContentBlock, { type: "Hero" }>["props"];

/**
 * The page's h1 on a photo (focal point and darkening chosen by the marketer) or on the brand gradient.
 * On a photo the text is white with a shadow over the chosen darkening; on the gradient it is the
 * contrast-checked text colour of the primary (the gradient only leans 15% towards the accent, so the pair
 * measured for the primary still holds), and the button inverts the pair.
 */
export function HeroBlock({ props, context }: { props: HeroProps; context: PageRenderContext }) {
  const image =
    props.background === "image" && props.image ? context.images.get(props.image.blobId) : undefined;
  const showCta = props.ctaLabel !== "" && context.ordering.state === "open";
  return (
    <section
      aria-labelledby={`${props.id}-heading`}
      data-block="Hero"
      className={cx(
        "relative isolate overflow-hidden",
        image
          ? "bg-slate-900 text-white [text-shadow:0_1px_3px_rgb(0_0_0/0.6)]"
          : "bg-linear-to-br from-(--brand-primary) to-[color-mix(in_oklab,var(--brand-primary)_85%,var(--brand-accent))] text-on-brand",
      )}
    >
      {image ? (
        <>
          <StaticImage
            src={image.url}
            alt=""
            fill
            preload
            fetchPriority="high"
            quality={PHOTO_QUALITY}
            sizes="100vw"
            className="-z-20 object-cover"
            style={{ objectPosition: `${props.focalX}% ${props.focalY}%` }}
          />
          <div
            aria-hidden
            className="absolute inset-0 -z-10 bg-black"
            style={{ opacity: props.overlay / 100 }}
          />
        </>
      ) : null}
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-14 sm:py-20">
        <h1
          id={`${props.id}-heading`}
          className="text-4xl font-extrabold tracking-tight text-balance sm:text-5xl"
        >
          {props.heading}
        </h1>
        {props.subheading ? <p className="max-w-2xl text-lg sm:text-xl">{props.subheading}</p> : null}
        {context.event.dates ? (
          <p className="font-semibold" data-testid="event-dates">
            {context.event.dates}
          </p>
        ) : null}
        <div className="max-w-xl rounded-xl bg-white text-slate-900 [text-shadow:none] empty:hidden">
          <OrderingNotice ordering={context.ordering} timeZone={context.event.timeZone} />
        </div>
        {showCta ? (
          <LinkButton
            href={context.orderHref ?? "/order"}
            size="lg"
            data-testid="order-cta"
            className={cx(
              "w-full [text-shadow:none] sm:w-auto",
              image ? "bg-white! text-slate-900!" : "bg-(--brand-on-primary)! text-(--brand-primary)!",
            )}
          >
            {props.ctaLabel}
          </LinkButton>
        ) : null}
      </div>
    </section>
  );
}

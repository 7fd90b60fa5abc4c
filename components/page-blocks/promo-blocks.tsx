import { StaticImage } from "@/components/ui/static-image";
import { LinkButton } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { ContentBlock } from "@/lib/pages/page-document";
import { BlockHeading } from "./block-heading";
import type { PageRenderContext } from "./context";
import { countdownText } from "./countdown-text";

type SponsorsProps = Extract<ContentBlock, { type: "Sponsors" }>["props"];
type CountdownProps = Extract<ContentBlock, { type: "Countdown" }>["props"];
type CtaBandProps = Extract<ContentBlock, { type: "CtaBand" }>["props"];

/** A strip of sponsor logos, each named (alt) and optionally linked; logos keep their shape at one height. */
export function SponsorsBlock({ props, context }: { props: SponsorsProps; context: PageRenderContext }) {
  const logos = props.logos.flatMap((logo) => {
    const image = context.images.get(logo.image.blobId);
    return image ? [{ ...logo, image }] : [];
  });
  if (logos.length === 0) return null;
  return (
    <section aria-labelledby={`${props.id}-heading`} className="space-y-4">
      <BlockHeading id={`${props.id}-heading`} text={props.heading} className="text-center text-xl" />
      <ul className="flex flex-wrap items-center justify-center gap-x-8 gap-y-4">
        {logos.map((logo, index) => {
          const img = (
            <StaticImage
              src={logo.image.url}
              alt={logo.name}
              width={Math.round((48 * logo.image.width) / Math.max(logo.image.height, 1))}
              height={48}
              className="h-12 w-auto object-contain"
            />
          );
          return (
            <li key={index}>
              {logo.href ? (
                <a
                  href={logo.href}
                  rel="noopener noreferrer sponsored"
                  className="inline-flex min-h-11 items-center"
                >
                  {img}
                </a>
              ) : (
                img
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Ordering opens in 3 days": computed on the server when the page renders, so it needs no client timer. */
export function CountdownBlock({ props, context }: { props: CountdownProps; context: PageRenderContext }) {
  return (
    <section
      aria-labelledby={props.heading ? `${props.id}-heading` : undefined}
      className="space-y-2 text-center"
    >
      <BlockHeading id={`${props.id}-heading`} text={props.heading} className="text-xl" />
      <p className="text-2xl font-bold text-(--brand-text)" data-testid="countdown">
        {countdownText(context.ordering, context.now)}
      </p>
    </section>
  );
}

const bandTone: Record<CtaBandProps["tone"], string> = {
  brand: "bg-brand text-on-brand",
  accent: "bg-accent text-(--brand-on-accent)",
  muted: "bg-slate-100 text-slate-900",
};

/** Whether a link leads to the order form (which only takes orders while the window is open). */
const isOrderLink = (href: string) =>
  href === "/order" || href.startsWith("/order?") || href.startsWith("/order#");

/**
 * A coloured band with a heading, a line of text and one button; the button inverts the band's colours.
 * A band that sends people to the order form is left out while ordering is not open: the hero already says
 * when it opens or that it closed, and a button to a form that cannot be used is a dead end.
 */
export function CtaBandBlock({ props, context }: { props: CtaBandProps; context: PageRenderContext }) {
  if (isOrderLink(props.href) && context.ordering.state !== "open") return null;
  const button =
    props.tone === "muted"
      ? ""
      : props.tone === "brand"
        ? "bg-(--brand-on-primary)! text-(--brand-primary)!"
        : "bg-(--brand-on-accent)! text-(--brand-accent)!";
  return (
    <section
      aria-labelledby={`${props.id}-heading`}
      className={cx("rounded-2xl px-6 py-10 text-center", bandTone[props.tone])}
    >
      <div className="mx-auto max-w-2xl space-y-4">
        <BlockHeading id={`${props.id}-heading`} text={props.heading} />
        {props.text ? <p className="text-lg">{props.text}</p> : null}
        <LinkButton
          href={isOrderLink(props.href) && context.orderHref ? context.orderHref : props.href}
          size="lg"
          className={cx("w-full sm:w-auto", button)}
        >
          {props.buttonLabel}
        </LinkButton>
      </div>
    </section>
  );
}

import { StaticImage } from "@/components/ui/static-image";
import { cx } from "@/components/ui/cx";
import type { CSSProperties, ReactNode } from "react";
import { brandCssVariables, type BrandFont } from "@/lib/format/brand-colours";
import type { PublicImage } from "@/lib/events/queries";
import type { Theme } from "@/lib/pages/theme";
import { themeCssVariables } from "@/lib/pages/theme-css";
import { brandFontVariables } from "./brand-fonts";

export type ShellBrand = { primaryColor: string; accentColor: string; font?: BrandFont };

/**
 * The frame of every attendee page: brand colours as CSS variables (text colours picked for contrast in
 * lib/format/brand-colours.ts), a header band with the logo and event name linking to the shop's home ("/" on the
 * event's own host), the page's <main>, and a footer. Server component: no client JavaScript.
 *
 * The `!` focus utility is deliberate: app/globals.css sets the focus outline outside any cascade layer, which
 * beats every (layered) Tailwind utility; --brand-focus is the accent only when it is visible on white.
 */
export function EventShell({
  brand,
  eventName,
  logo,
  theme,
  homeHref = "/",
  children,
}: {
  brand: ShellBrand;
  /** A block page's theme (landing page, preview): its background, text and button style as well. */
  theme?: Theme;
  /** Where the header's event name leads: the shop's home, or the preview's landing page. */
  homeHref?: string;
  eventName: string;
  logo: PublicImage | null;
  children: ReactNode;
}) {
  const style = (theme ? themeCssVariables(theme) : brandCssVariables(brand)) as CSSProperties;
  return (
    <div
      style={style}
      className={cx(
        "flex min-h-dvh flex-col font-sans [&_:focus-visible]:outline-(color:--brand-focus)!",
        // Defines the self-hosted brand fonts; only the one --font-sans names is downloaded (ADR 031).
        brandFontVariables,
        theme ? "bg-(--page-background) text-(--page-text)" : "bg-white text-slate-900",
      )}
    >
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
      >
        Skip to main content
      </a>
      {/* Focus rings inside the brand-coloured band use the text colour chosen for it, not the page's. */}
      <header className="bg-brand text-on-brand [--brand-focus:var(--brand-on-primary)]">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-3">
          {/* A plain link on purpose: a full load of the shop's home costs nothing and needs no client router. */}
          <a
            href={homeHref}
            className="flex min-h-11 items-center gap-3 rounded-lg font-semibold text-inherit no-underline"
          >
            {logo ? (
              <StaticImage
                src={logo.url}
                alt=""
                width={Math.round((40 * logo.width) / Math.max(logo.height, 1))}
                height={40}
                // A fixed size: srcset 1x/2x (two URLs, not sixteen); eager, as it is always above the fold.
                loading="eager"
                className="h-10 w-auto rounded-md"
              />
            ) : null}
            <span className="text-lg leading-tight">{eventName}</span>
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-slate-50">
        <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
          Shop powered by <span className="font-semibold">Swagstand</span>.
        </p>
      </footer>
    </div>
  );
}

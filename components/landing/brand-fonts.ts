import localFont from "next/font/local";

/*
 * The theme's four fonts (lib/pages/theme.ts BRAND_FONTS), self-hosted through next/font/local from the OFL
 * @fontsource-variable packages: the latin subset, one variable-weight woff2 each (39–51 KB), copied into
 * /_next/static/media at build time with a hashed, immutable name. Nothing is fetched from a font host (no
 * internet at build time, and our CSP refuses third-party fonts; ADR 031).
 *
 * Each font only declares a CSS variable (--font-brand-<name>); lib/format/brand-colours.ts points --font-sans
 * at the chosen one. A browser downloads a web font only when text uses it, so putting all four variables on
 * a page costs four @font-face rules and downloads only the theme's font. `preload: false`: Next decides
 * preloads per route at build time, and one route draws every event, so preloading would fetch all four;
 * `display: swap` with metric-adjusted fallbacks keeps text visible and the layout still while it loads.
 */
const sans = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-brand-sans",
  display: "swap",
  preload: false,
  adjustFontFallback: "Arial",
});

const serif = localFont({
  src: "../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  weight: "200 900",
  variable: "--font-brand-serif",
  display: "swap",
  preload: false,
  adjustFontFallback: "Times New Roman",
});

const rounded = localFont({
  src: "../../node_modules/@fontsource-variable/nunito/files/nunito-latin-wght-normal.woff2",
  weight: "200 1000",
  variable: "--font-brand-rounded",
  display: "swap",
  preload: false,
  adjustFontFallback: "Arial",
});

const mono = localFont({
  src: "../../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2",
  weight: "100 800",
  variable: "--font-brand-mono",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

/** The classes that define the four --font-brand-* variables; put on any element that draws a themed page. */
export const brandFontVariables = [sans.variable, serif.variable, rounded.variable, mono.variable].join(" ");

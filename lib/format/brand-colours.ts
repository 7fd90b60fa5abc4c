/**
 * Turning an event's brand colours into colours that are always readable (WCAG 2.x AA). Marketers pick any
 * primary and accent; the page never renders text on them without choosing the text colour here.
 */

export const WHITE = "#ffffff";
export const BLACK = "#000000";
/** Page text when a brand colour is too light to be used as text on white. */
export const FALLBACK_TEXT = "#0f172a";

/** AA for normal text; 3:1 applies to large text and to non-text UI such as focus rings. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

export type Rgb = { r: number; g: number; b: number };

export function parseHexColour(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const value = Number.parseInt(digits, 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two hex colours, 1 … 21. Unparseable colours count as no contrast (1). */
export function contrastRatio(a: string, b: string): number {
  const x = parseHexColour(a);
  const y = parseHexColour(b);
  if (!x || !y) return 1;
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black, whichever reads better on `background` (white wins ties: it is the expected look). */
export function textColourOn(background: string): typeof WHITE | typeof BLACK {
  return contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? WHITE : BLACK;
}

/** `colour` itself when it meets `minimum` against `background`, else `fallback`. */
export function readableOr(colour: string, background: string, fallback: string, minimum = AA_TEXT): string {
  return contrastRatio(colour, background) >= minimum ? colour : fallback;
}

export type BrandFont = "sans" | "serif" | "rounded" | "mono";

const FONT_STACKS: Record<BrandFont, string> = {
  sans: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif',
  rounded: 'ui-rounded, "SF Pro Rounded", "Nunito", "Varela Round", system-ui, sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
};

/**
 * The CSS font-family of a brand font: the self-hosted web font (ADR 031; components/landing/brand-fonts.ts
 * defines --font-brand-<font> on themed pages), then the system stack of the same style, which is also what
 * draws where the variable is not defined (emails, the outage page).
 */
export function brandFontFamily(font: BrandFont): string {
  return `var(--font-brand-${font}, ${FONT_STACKS[font]}), ${FONT_STACKS[font]}`;
}

export type BrandInput = { primaryColor: string; accentColor: string; font?: BrandFont };

/**
 * CSS custom properties for a branded page wrapper (app/globals.css maps --brand-* to Tailwind colours):
 * - --brand-primary / --brand-on-primary: filled buttons and the header band, text picked for contrast;
 * - --brand-accent / --brand-on-accent: the same for accent surfaces;
 * - --brand-text: the primary used as text on white, or dark slate when the primary is too light;
 * - --brand-focus: focus ring colour, at least 3:1 against white.
 */
export function brandCssVariables(brand: BrandInput): Record<string, string> {
  const primary = parseHexColour(brand.primaryColor) ? brand.primaryColor : "#1d4ed8";
  const accent = parseHexColour(brand.accentColor) ? brand.accentColor : "#f59e0b";
  const text = readableOr(primary, WHITE, FALLBACK_TEXT);
  return {
    "--brand-primary": primary,
    "--brand-on-primary": textColourOn(primary),
    "--brand-accent": accent,
    "--brand-on-accent": textColourOn(accent),
    "--brand-text": text,
    "--brand-focus": readableOr(accent, WHITE, text, AA_NON_TEXT),
    "--font-sans": brandFontFamily(brand.font ?? "sans"),
  };
}

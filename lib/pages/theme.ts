import { z } from "zod";
import {
  AA_NON_TEXT,
  AA_TEXT,
  BLACK,
  WHITE,
  contrastRatio,
  textColourOn,
  type BrandFont,
} from "@/lib/format/brand-colours";
import { text } from "@/lib/validation/text";

const hexColour = text()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1F6FEB (a # and six hexadecimal digits)");

export const BRAND_FONTS = ["sans", "serif", "rounded", "mono"] as const satisfies readonly BrandFont[];
export const BUTTON_STYLES = ["filled", "outline", "pill"] as const;
export const BUTTON_TEXT = ["auto", "white", "black"] as const;

/** An event's theme: the colours, font and button look every block of its page is drawn with. */
export const themeSchema = z.object({
  primaryColor: hexColour,
  accentColor: hexColour,
  /** The page's own background and body text; most events keep white and near-black. */
  backgroundColor: hexColour.default(WHITE),
  textColor: hexColour.default("#0f172a"),
  font: z.enum(BRAND_FONTS).default("sans"),
  buttonStyle: z.enum(BUTTON_STYLES).default("filled"),
  /** Label colour on filled buttons: "auto" picks white or black, whichever reads better. */
  buttonTextColor: z.enum(BUTTON_TEXT).default("auto"),
  logoBlobId: z.uuid().nullable().default(null),
  faviconBlobId: z.uuid().nullable().default(null),
});

export type Theme = z.infer<typeof themeSchema>;

export type ContrastCheck = {
  /** Stable id of the pair, for the field it belongs to in the theme panel. */
  id: "body-text" | "link-text" | "button-label" | "accent-label" | "focus-ring";
  label: string;
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
  passes: boolean;
};

function buttonLabelColour(theme: Theme): string {
  if (theme.buttonTextColor === "white") return WHITE;
  if (theme.buttonTextColor === "black") return BLACK;
  return textColourOn(theme.primaryColor);
}

function check(
  id: ContrastCheck["id"],
  label: string,
  foreground: string,
  background: string,
  minimum: number,
): ContrastCheck {
  const ratio = contrastRatio(foreground, background);
  // Compared at the precision we show (two decimals), so a pair shown as "4.50:1" never fails a 4.5 minimum.
  return {
    id,
    label,
    foreground,
    background,
    ratio,
    minimum,
    passes: Math.floor(ratio * 100) / 100 >= minimum,
  };
}

/**
 * Every text/background pair the theme produces on a page, measured against WCAG 2.x AA: body text and links
 * on the page background (4.5:1), button labels on the primary colour (outline buttons draw the primary on
 * the background instead), the label on accent surfaces, and the focus ring (3:1, non-text). A failing pair
 * blocks publishing; the panel shows the measured ratio so the marketer can see how far off it is.
 */
export function themeContrastChecks(theme: Theme): ContrastCheck[] {
  const button =
    theme.buttonStyle === "outline"
      ? check(
          "button-label",
          "Outline button label on the page background",
          theme.primaryColor,
          theme.backgroundColor,
          AA_TEXT,
        )
      : check(
          "button-label",
          "Button label on the primary colour",
          buttonLabelColour(theme),
          theme.primaryColor,
          AA_TEXT,
        );
  return [
    check("body-text", "Text on the page background", theme.textColor, theme.backgroundColor, AA_TEXT),
    check(
      "link-text",
      "Links and headings in the primary colour on the page background",
      theme.primaryColor,
      theme.backgroundColor,
      AA_TEXT,
    ),
    button,
    check(
      "accent-label",
      "Text on accent surfaces",
      textColourOn(theme.accentColor),
      theme.accentColor,
      AA_TEXT,
    ),
    check(
      "focus-ring",
      "Focus ring (accent) on the page background",
      theme.accentColor,
      theme.backgroundColor,
      AA_NON_TEXT,
    ),
  ];
}

export function failingContrast(theme: Theme): ContrastCheck[] {
  return themeContrastChecks(theme).filter((c) => !c.passes);
}

/** "2.31:1 (needs 4.5:1)" — how a failing pair is described to the marketer. */
export function describeRatio(c: Pick<ContrastCheck, "ratio" | "minimum">): string {
  return `${(Math.floor(c.ratio * 100) / 100).toFixed(2)}:1 (needs ${c.minimum}:1)`;
}

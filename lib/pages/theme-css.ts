import {
  AA_NON_TEXT,
  BLACK,
  WHITE,
  brandCssVariables,
  readableOr,
  textColourOn,
} from "@/lib/format/brand-colours";
import type { Theme } from "./theme";

/**
 * The CSS custom properties a page wrapper sets so every block (components/page-blocks) and button
 * (components/ui/button.tsx) draws with the event's theme. Builds on brandCssVariables (the colours the order
 * page and emails already use) and adds what only the block pages have: the page's own background and text
 * colour, the button label colour the marketer chose, and the button shape.
 *
 * Pure and server-side: the landing page applies these as a `style` attribute, so a theme costs no JavaScript.
 * The pairs drawn here are the ones themeContrastChecks measured before the theme could be published.
 */
export function themeCssVariables(theme: Theme): Record<string, string> {
  const base = brandCssVariables(theme);
  // The label colour the marketer chose applies to filled buttons (where it was contrast-checked); with outline
  // buttons the header band and brand surfaces keep the automatic choice.
  const onPrimary =
    theme.buttonStyle === "outline"
      ? textColourOn(theme.primaryColor)
      : theme.buttonTextColor === "white"
        ? WHITE
        : theme.buttonTextColor === "black"
          ? BLACK
          : textColourOn(theme.primaryColor);
  const vars: Record<string, string> = {
    ...base,
    "--brand-on-primary": onPrimary,
    // Links and headings in the primary when it reads on this page's background, else the body text colour.
    "--brand-text": readableOr(theme.primaryColor, theme.backgroundColor, theme.textColor),
    "--brand-focus": readableOr(
      theme.accentColor,
      theme.backgroundColor,
      readableOr(theme.primaryColor, theme.backgroundColor, theme.textColor),
      AA_NON_TEXT,
    ),
    "--page-background": theme.backgroundColor,
    "--page-text": theme.textColor,
    "--button-radius": theme.buttonStyle === "pill" ? "9999px" : "0.75rem",
  };
  if (theme.buttonStyle === "outline") {
    // An outline button is the primary drawn on the page background: the pair measured as "button-label".
    vars["--button-bg"] = "transparent";
    vars["--button-fg"] = theme.primaryColor;
    vars["--button-shadow"] = `inset 0 0 0 2px ${theme.primaryColor}`;
  }
  return vars;
}

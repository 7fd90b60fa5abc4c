import { themeContrastChecks, themeSchema, type ContrastCheck, type Theme } from "@/lib/pages/theme";
import { themeCssVariables } from "@/lib/pages/theme-css";

/** The theme as the panel edits it: whatever was saved, colours possibly half-typed. */
export type ThemeDraft = Record<string, unknown>;

export type ThemeFieldName =
  | "primaryColor"
  | "accentColor"
  | "backgroundColor"
  | "textColor"
  | "font"
  | "buttonStyle"
  | "buttonTextColor"
  | "logoBlobId"
  | "faviconBlobId";

/** Which field a failing pair is flagged next to: the colour the marketer most likely has to change. */
export const CHECK_FIELD: Record<ContrastCheck["id"], ThemeFieldName> = {
  "body-text": "textColor",
  "link-text": "primaryColor",
  "button-label": "buttonTextColor",
  "accent-label": "accentColor",
  "focus-ring": "accentColor",
};

export type ThemeReview = {
  theme: Theme | null;
  /** The schema's messages by field, e.g. a colour that is not #RRGGBB. */
  fieldErrors: Partial<Record<ThemeFieldName, string>>;
  checks: ContrastCheck[];
  failing: ContrastCheck[];
};

/**
 * Parses the panel's values with the theme schema the server uses and measures every pair, so the marketer
 * sees a failing pair as they type, before any save. Pure: the same function drives the DOM test.
 */
export function reviewTheme(draft: ThemeDraft): ThemeReview {
  const parsed = themeSchema.safeParse(draft);
  if (!parsed.success) {
    const fieldErrors: ThemeReview["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as ThemeFieldName;
      fieldErrors[field] ??= issue.message;
    }
    return { theme: null, fieldErrors, checks: [], failing: [] };
  }
  const checks = themeContrastChecks(parsed.data);
  return { theme: parsed.data, fieldErrors: {}, checks, failing: checks.filter((c) => !c.passes) };
}

/** A theme to start from when the draft has none (older rows): Swagstand's own blue and amber. */
export function startingTheme(saved: unknown): ThemeDraft {
  if (saved && typeof saved === "object" && !Array.isArray(saved)) return { ...(saved as ThemeDraft) };
  return themeSchema.parse({ primaryColor: "#1d4ed8", accentColor: "#b45309" });
}

/**
 * The preview's CSS: the same variables the published page sets (themeCssVariables), plus the page's own
 * background and text colour, which the public page's shell draws from those variables.
 * A theme that does not parse yet keeps the last good look rather than flashing defaults.
 */
export function previewStyle(theme: Theme): Record<string, string> {
  return {
    ...themeCssVariables(theme),
    backgroundColor: theme.backgroundColor,
    color: theme.textColor,
  };
}

import { textColourOn } from "@/lib/format/brand-colours";
import type { Theme } from "./theme";

/** What the generated Open Graph image shows: plain strings and colours only (ADR 022). */
export type OgCard = {
  title: string;
  eventName: string;
  dates: string | null;
  background: string;
  foreground: string;
  accent: string;
};

/** Longer text would overflow the 1200×630 card; cut at a word boundary with an ellipsis instead. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The card's content from the page: its title (else the event's name), the event's name and dates, the theme's
 * primary as background with the text colour that reads on it, and the accent as a stripe. Everything is a
 * plain string that the image renderer (satori, through next/og) draws as text: markup in a title is shown as
 * the characters typed, never interpreted.
 */
export function ogCard({
  title,
  eventName,
  dates,
  theme,
}: {
  title: string;
  eventName: string;
  dates: string | null;
  theme: Pick<Theme, "primaryColor" | "accentColor">;
}): OgCard {
  return {
    title: clip(title || eventName, 90),
    eventName: clip(eventName, 60),
    dates: dates ? clip(dates, 80) : null,
    background: theme.primaryColor,
    foreground: textColourOn(theme.primaryColor),
    accent: theme.accentColor,
  };
}

"use client";

import { createContext, useContext, type CSSProperties, type ReactNode } from "react";
import { brandFontVariables } from "@/components/landing/brand-fonts";

/**
 * The theme's CSS for the live preview, handed to the preview through context rather than baked into the Puck
 * config: a colour change then re-renders the page's frame only, and the config (with every block) stays the
 * same object, so Puck does not rebuild its tree on each theme keystroke.
 */
export const PreviewStyleContext = createContext<Record<string, string>>({});

export function PreviewFrame({ children }: { children: ReactNode }) {
  const style = useContext(PreviewStyleContext);
  return (
    <div
      style={style as CSSProperties}
      className={`min-h-full font-sans ${brandFontVariables}`}
      data-testid="page-preview-frame"
    >
      {children}
    </div>
  );
}

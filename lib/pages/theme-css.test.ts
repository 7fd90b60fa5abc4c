import { describe, expect, it } from "vitest";
import { themeSchema } from "./theme";
import { themeCssVariables } from "./theme-css";

const theme = (input: Record<string, unknown>) =>
  themeSchema.parse({ primaryColor: "#4338ca", accentColor: "#f59e0b", ...input });

describe("themeCssVariables", () => {
  it("draws the page background, text and brand colours of the theme", () => {
    const vars = themeCssVariables(
      theme({ backgroundColor: "#fffbeb", textColor: "#1c1917", font: "serif" }),
    );
    expect(vars).toMatchObject({
      "--brand-primary": "#4338ca",
      "--brand-on-primary": "#ffffff",
      "--page-background": "#fffbeb",
      "--page-text": "#1c1917",
      "--brand-text": "#4338ca",
      "--button-radius": "0.75rem",
    });
    expect(vars["--font-sans"]).toContain("serif");
    expect(vars["--button-bg"]).toBeUndefined();
  });

  it("uses the body text colour for links when the primary does not read on the background", () => {
    const vars = themeCssVariables(theme({ primaryColor: "#fde047", backgroundColor: "#ffffff" }));
    expect(vars["--brand-text"]).toBe("#0f172a");
  });

  it("honours the chosen label colour on filled buttons and the pill shape", () => {
    const vars = themeCssVariables(
      theme({ buttonTextColor: "black", buttonStyle: "pill", primaryColor: "#60a5fa" }),
    );
    expect(vars["--brand-on-primary"]).toBe("#000000");
    expect(vars["--button-radius"]).toBe("9999px");
  });

  it("draws outline buttons as the primary on the page background", () => {
    const vars = themeCssVariables(theme({ buttonStyle: "outline", buttonTextColor: "black" }));
    expect(vars["--button-bg"]).toBe("transparent");
    expect(vars["--button-fg"]).toBe("#4338ca");
    expect(vars["--button-shadow"]).toBe("inset 0 0 0 2px #4338ca");
    // The header band keeps a readable automatic label: "black" was only checked for filled buttons.
    expect(vars["--brand-on-primary"]).toBe("#ffffff");
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ThemePanel } from "./theme-panel";
import { reviewTheme, type ThemeDraft } from "./theme-state";

/** The panel as the editor uses it: it owns nothing, the editor keeps the theme and reviews it. */
function Harness({ initial }: { initial: ThemeDraft }) {
  const [theme, setTheme] = useState(initial);
  return <ThemePanel value={theme} review={reviewTheme(theme)} images={[]} onChange={setTheme} />;
}

const GOOD: ThemeDraft = {
  primaryColor: "#1d4ed8",
  accentColor: "#b45309",
  backgroundColor: "#ffffff",
  textColor: "#0f172a",
  font: "sans",
  buttonStyle: "filled",
  buttonTextColor: "auto",
  logoBlobId: null,
  faviconBlobId: null,
};

const setup = (initial = GOOD) => {
  render(<Harness initial={initial} />);
  return userEvent.setup({ delay: null });
};

describe("theme panel contrast flags", () => {
  it("flags a text colour too light for the background next to its field, with the measured ratio, and clears it when fixed", async () => {
    const user = setup();
    const text = screen.getByRole("textbox", { name: "Text colour" });
    expect(screen.getByText("Every colour pair passes WCAG AA contrast.")).toBeTruthy();

    await user.clear(text);
    await user.type(text, "#aaaaaa");

    const flag = screen.getByTestId("contrast-body-text");
    expect(flag.textContent).toMatch("Contrast too low: text on the page background, 2.32:1 (needs 4.5:1)");
    // Announced with the field it belongs to.
    expect(text.getAttribute("aria-invalid")).toBe("true");
    expect(text.getAttribute("aria-describedby")?.split(" ")).toContain(flag.id);
    expect(screen.getByText(/1 colour pair fails WCAG AA contrast/)).toBeTruthy();

    await user.clear(text);
    await user.type(text, "#111111");
    expect(screen.queryByTestId("contrast-body-text")).toBeNull();
    expect(text.hasAttribute("aria-invalid")).toBe(false);
    expect(screen.getByText("Every colour pair passes WCAG AA contrast.")).toBeTruthy();
  });

  it("flags the button label when the primary is too light for white labels, on the label colour's field", async () => {
    const user = setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Button label colour" }), "white");
    const primary = screen.getByRole("textbox", { name: "Primary colour" });
    await user.clear(primary);
    await user.type(primary, "#7dd3fc");

    const label = screen.getByRole("combobox", { name: "Button label colour" });
    const flag = screen.getByTestId("contrast-button-label");
    expect(flag.textContent).toMatch(/button label on the primary colour, 1\.\d\d:1 \(needs 4\.5:1\)/);
    expect(label.getAttribute("aria-describedby")?.split(" ")).toContain(flag.id);
    // The light primary also fails as link colour on white: flagged on the primary itself.
    expect(screen.getByTestId("contrast-link-text").textContent).toMatch(/needs 4\.5:1/);
  });

  it("says what is wrong with a colour that is not a colour, and measures nothing until it is", async () => {
    const user = setup();
    const accent = screen.getByRole("textbox", { name: "Accent colour" });
    await user.clear(accent);
    await user.type(accent, "orange");
    expect(screen.getByText("Use a colour like #1F6FEB (a # and six hexadecimal digits)")).toBeTruthy();
    expect(accent.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("contrast-summary").textContent).toMatch(
      "Fix the highlighted fields to check the contrast.",
    );
  });

  it("the colour picker and the hex text edit the same value", async () => {
    setup();
    const picker = screen.getByLabelText("Page background, colour picker");
    const text = screen.getByRole("textbox", { name: "Page background" });
    // user-event cannot drive a native colour dialog; the picker reports its value through an input event.
    const { fireEvent } = await import("@testing-library/react");
    fireEvent.input(picker, { target: { value: "#000000" } });
    expect((text as HTMLInputElement).value).toBe("#000000");
    // Dark text on a black page: flagged on the text colour.
    expect(screen.getByTestId("contrast-body-text").textContent).toMatch(/needs 4\.5:1/);
  });
});

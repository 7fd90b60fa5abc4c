import { describe, expect, it } from "vitest";
import { describeRatio, failingContrast, themeContrastChecks, themeSchema } from "./theme";

const base = themeSchema.parse({ primaryColor: "#1d4ed8", accentColor: "#b45309" });

describe("themeContrastChecks", () => {
  it("passes a dark blue and amber theme on white", () => {
    expect(failingContrast(base)).toEqual([]);
  });

  it("flags a light primary used for links on white, with the measured ratio", () => {
    const failing = failingContrast({ ...base, primaryColor: "#facc15" });
    expect(failing.map((c) => c.id)).toEqual(["link-text"]);
    expect(describeRatio(failing[0]!)).toBe("1.53:1 (needs 4.5:1)");
  });

  it("flags white labels forced onto a light button, but not the automatic choice", () => {
    const light = { ...base, primaryColor: "#93c5fd" };
    expect(failingContrast({ ...light, buttonTextColor: "white" }).map((c) => c.id)).toContain(
      "button-label",
    );
    const auto = themeContrastChecks({ ...light, buttonTextColor: "auto" }).find(
      (c) => c.id === "button-label",
    );
    expect(auto?.passes).toBe(true);
    expect(auto?.foreground).toBe("#000000");
  });

  it("measures an outline button as the primary on the page background", () => {
    const check = themeContrastChecks({
      ...base,
      buttonStyle: "outline",
      backgroundColor: "#1e293b",
      textColor: "#f8fafc",
    }).find((c) => c.id === "button-label");
    expect(check).toMatchObject({ foreground: "#1d4ed8", background: "#1e293b", passes: false });
  });

  it("flags body text too close to the background and a focus ring below 3:1", () => {
    const ids = failingContrast({ ...base, textColor: "#9ca3af", accentColor: "#fde68a" }).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["body-text", "focus-ring"]));
  });

  it("does not fail a pair that shows as exactly the minimum", () => {
    // #767676 on white is 4.54:1, the classic lightest AA grey.
    const check = themeContrastChecks({ ...base, textColor: "#767676" }).find((c) => c.id === "body-text");
    expect(check?.passes).toBe(true);
  });
});

describe("themeSchema", () => {
  it("refuses colours that are not colours, with a hint", () => {
    const result = themeSchema.safeParse({ primaryColor: "red", accentColor: "#b45309" });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["primaryColor"],
      message: expect.stringMatching(/#1F6FEB/),
    });
  });

  it("fills defaults for an older theme", () => {
    expect(base).toMatchObject({
      backgroundColor: "#ffffff",
      font: "sans",
      buttonStyle: "filled",
      buttonTextColor: "auto",
    });
  });
});

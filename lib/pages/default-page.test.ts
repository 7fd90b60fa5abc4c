import { describe, expect, it } from "vitest";
import { pageContentSchema } from "@/lib/events/page-content";
import { defaultPageDocument, themeFromPageContent } from "./default-page";

const content = pageContentSchema.parse({
  title: "DevConf 2026",
  tagline: "Two days of talks in Berlin",
  descriptionMd: "Claim your **free** t-shirt.",
  primaryColor: "#1d4ed8",
  accentColor: "#b45309",
  heroBlobId: "0b7d5f0e-3c1a-4d8e-9f2a-5b6c7d8e9f01",
  pickupInfo: "At the registration desk.",
});

describe("defaultPageDocument", () => {
  it("lays out hero, description, items, pickup and a closing call to action", () => {
    const document = defaultPageDocument(content);
    expect(document.content.map((b) => b.type)).toEqual([
      "Hero",
      "RichText",
      "ItemsShowcase",
      "RichText",
      "CtaBand",
    ]);
    expect(document.content[0]).toMatchObject({
      props: {
        heading: "DevConf 2026",
        subheading: "Two days of talks in Berlin",
        background: "image",
        ctaLabel: "Order now",
      },
    });
    expect(document.root.props).toMatchObject({
      title: "DevConf 2026",
      description: "Two days of talks in Berlin",
    });
  });

  it("leaves out empty sections and uses the gradient without a photo", () => {
    const document = defaultPageDocument({
      ...content,
      descriptionMd: " ",
      pickupInfo: "",
      heroBlobId: null,
    });
    expect(document.content.map((b) => b.type)).toEqual(["Hero", "ItemsShowcase", "CtaBand"]);
    expect(document.content[0]).toMatchObject({ props: { background: "gradient", image: null } });
  });

  it("is the same document every time (fixed block ids)", () => {
    expect(defaultPageDocument(content)).toEqual(defaultPageDocument(content));
  });
});

describe("themeFromPageContent", () => {
  it("keeps the colours, font and logo", () => {
    expect(themeFromPageContent({ ...content, font: "serif" })).toMatchObject({
      primaryColor: "#1d4ed8",
      accentColor: "#b45309",
      font: "serif",
      backgroundColor: "#ffffff",
    });
  });
});

import { describe, expect, test } from "vitest";
import { defaultPageDocument } from "@/lib/pages/default-page";
import { validatePageDocument, type PageDocument } from "@/lib/pages/page-document";
import { themeSchema } from "@/lib/pages/theme";
import { blobIdsNamedIn, checkPageDraft, FOREIGN_IMAGE_MESSAGE, publishProblems } from "./check-draft";
import { legacyPageContent } from "./legacy-content";

const OWN = "11111111-1111-4111-8111-111111111111";
const FOREIGN = "22222222-2222-4222-8222-222222222222";
const theme = { primaryColor: "#1F2937", accentColor: "#1D4ED8" };

const page = (extra: unknown[] = [], root: Record<string, unknown> = { title: "Conf" }) => ({
  root: { props: root },
  content: [{ type: "Hero", props: { id: "Hero-1", heading: "Hi" } }, ...extra],
});

describe("checkPageDraft and publishProblems", () => {
  test("a valid draft with its own images has no problems and every contrast pair", () => {
    const check = checkPageDraft({
      document: page([{ type: "Image", props: { id: "Image-1", image: { blobId: OWN }, alt: "Stand" } }]),
      theme: { ...theme, logoBlobId: OWN },
      ownImageIds: new Set([OWN]),
    });
    expect(check.errors).toEqual([]);
    expect(check.contrast).toHaveLength(5);
    expect(publishProblems(check)).toEqual({});
  });

  test("problems are keyed by block and field, root field, page, and theme field (contrast on the field that fixes it)", () => {
    const check = checkPageDraft({
      document: page(
        [
          { type: "Hero", props: { id: "Hero-2", heading: "" } },
          { type: "Gallery", props: { id: "Gallery-1", images: [{ image: { blobId: FOREIGN }, alt: "x" }] } },
          "not a block",
        ],
        { title: 5 },
      ),
      theme: { ...theme, textColor: "#eeeeee", faviconBlobId: FOREIGN },
      ownImageIds: new Set(),
    });
    const problems = publishProblems(check);
    expect(Object.keys(problems).sort()).toEqual(
      ["Hero-2.heading", "page", "root.title", "theme.faviconBlobId", "theme.textColor"].sort(),
    );
    expect(problems["theme.textColor"]).toEqual([
      expect.stringMatching(/^Text on the page background: contrast 1\.\d\d:1 \(needs 4\.5:1\)$/),
    ]);

    // With the document valid, the foreign gallery image is named on its entry.
    const valid = checkPageDraft({
      document: page([
        { type: "Gallery", props: { id: "Gallery-1", images: [{ image: { blobId: FOREIGN }, alt: "x" }] } },
      ]),
      theme,
      ownImageIds: new Set(),
    });
    expect(publishProblems(valid)).toEqual({ "Gallery-1.images.0.image": [FOREIGN_IMAGE_MESSAGE] });
  });

  test("an unparsable theme gives theme errors and no contrast checks", () => {
    const check = checkPageDraft({
      document: page(),
      theme: { primaryColor: "red" },
      ownImageIds: new Set(),
    });
    expect(check.contrast).toEqual([]);
    expect(Object.keys(check.themeErrors).sort()).toEqual(["theme.accentColor", "theme.primaryColor"]);
  });
});

describe("blobIdsNamedIn", () => {
  test("finds image ids anywhere in a draft, valid or not, and ignores what is not a UUID", () => {
    expect(
      blobIdsNamedIn(
        {
          content: [{ props: { left: [{ props: { images: [{ image: { blobId: OWN.toUpperCase() } }] } }] } }],
        },
        { logoBlobId: FOREIGN, faviconBlobId: "../../etc/passwd", blobId: 3 },
      ).sort(),
    ).toEqual([OWN, FOREIGN].sort());
  });
});

describe("legacyPageContent", () => {
  const parsedTheme = themeSchema.parse({ ...theme, font: "mono", logoBlobId: OWN });

  test("derives the older content from the root, the theme, the first Hero and the first text block", () => {
    const document = defaultPageDocument({
      title: "DevConf",
      tagline: "3 – 5 March",
      descriptionMd: "About it",
      heroBlobId: FOREIGN,
      ctaLabel: "Grab one",
      pickupInfo: "At the desk",
    });
    expect(legacyPageContent({ document, theme: parsedTheme, eventName: "Ignored" })).toEqual({
      title: "DevConf",
      tagline: "3 – 5 March",
      descriptionMd: "About it",
      primaryColor: "#1F2937",
      accentColor: "#1D4ED8",
      logoBlobId: OWN,
      heroBlobId: FOREIGN,
      font: "mono",
      ctaLabel: "Grab one",
      pickupInfo: "",
    });
  });

  test("an empty title is the event's name; long texts are clipped to the older limits; no Hero means defaults", () => {
    const result = validatePageDocument({
      root: { props: { title: "", description: "d".repeat(200) } },
      content: [{ type: "CtaBand", props: { id: "CtaBand-1", heading: "Go", buttonLabel: "Go" } }],
    });
    if (!result.ok) throw new Error("invalid test document");
    const document: PageDocument = result.document;
    const content = legacyPageContent({ document, theme: parsedTheme, eventName: "E".repeat(150) });
    expect(content).toMatchObject({
      title: "E".repeat(120),
      heroBlobId: null,
      ctaLabel: "Order now",
      descriptionMd: "",
    });
    expect(content.tagline).toHaveLength(200);
  });
});

import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { referencedBlobIds, validatePageDocument, type PageDocumentError } from "./page-document";

const IMAGE = "0b7d5f0e-3c1a-4d8e-9f2a-5b6c7d8e9f01";
const OTHER_IMAGE = "1c8e6a1f-4d2b-4e9f-8a3b-6c7d8e9f0a12";

const hero = {
  type: "Hero",
  props: { id: "Hero-1", heading: "DevConf 2026", background: "image", image: { blobId: IMAGE } },
};

function errorsOf(input: unknown): PageDocumentError[] {
  const result = validatePageDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.errors;
}

describe("validatePageDocument", () => {
  it("accepts a page and fills every block's defaults, dropping props no block has", () => {
    const result = validatePageDocument({
      root: { props: { title: "DevConf" } },
      content: [hero, { type: "ItemsShowcase", props: { id: "Items-1", onclick: "alert(1)" } }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.root.props).toEqual({ title: "DevConf", description: "", hideFromSearch: false });
    expect(result.document.content[0]).toMatchObject({
      type: "Hero",
      props: { overlay: 40, focalX: 50, ctaLabel: "Order now" },
    });
    expect(result.document.content[1]).toEqual({
      type: "ItemsShowcase",
      props: { id: "Items-1", heading: "What you can order", layout: "grid" },
    });
  });

  it("names the block and field of every error, and saves nothing", () => {
    const errors = errorsOf({
      root: { props: {} },
      content: [
        { type: "Hero", props: { id: "Hero-1", heading: "" } },
        {
          type: "CtaBand",
          props: { id: "Cta-1", heading: "Order", buttonLabel: "Go", href: "javascript:alert(1)" },
        },
        { type: "Gallery", props: { id: "Gallery-1", images: [{ image: { blobId: IMAGE }, alt: "" }] } },
      ],
    });
    expect(errors).toEqual([
      { blockId: "Hero-1", blockType: "Hero", field: "heading", message: "Enter a heading" },
      { blockId: "Cta-1", blockType: "CtaBand", field: "href", message: expect.stringMatching(/https:\/\//) },
      {
        blockId: "Gallery-1",
        blockType: "Gallery",
        field: "images.0.alt",
        message: expect.stringMatching(/alt text is required/),
      },
    ]);
  });

  it("refuses blocks it does not know, and containers inside containers", () => {
    const errors = errorsOf({
      content: [
        { type: "Script", props: { id: "Script-1", src: "https://evil.example/x.js" } },
        {
          type: "Section",
          props: {
            id: "Section-1",
            content: [{ type: "Columns", props: { id: "Columns-1", left: [], right: [] } }],
          },
        },
      ],
    });
    expect(errors.map((e) => [e.blockId, e.message])).toEqual([
      ["Script-1", '"Script" is not a block this editor knows'],
      ["Columns-1", "A Columns cannot be placed inside another section or column"],
    ]);
  });

  it("refuses oversized text with the limit in the message", () => {
    const long = "x".repeat(limits.pageLongTextMaxLength + 1);
    const errors = errorsOf({ content: [{ type: "RichText", props: { id: "Text-1", markdown: long } }] });
    expect(errors[0]).toMatchObject({ field: "markdown", message: "Use at most 10,000 characters" });
  });

  it("refuses more blocks than a page may hold, counting the blocks inside containers", () => {
    const text = (i: number) => ({ type: "RichText", props: { id: `Text-${i}`, markdown: "hi" } });
    const section = (i: number) => ({
      type: "Section",
      props: { id: `Section-${i}`, content: Array.from({ length: 10 }, (_, j) => text(i * 100 + j)) },
    });
    const errors = errorsOf({ content: Array.from({ length: 6 }, (_, i) => section(i)) });
    expect(errors).toEqual([
      { blockId: null, blockType: null, field: null, message: "A page can hold at most 60 blocks" },
    ]);
  });

  it("refuses duplicate block ids, text Postgres cannot store, and things that are not documents", () => {
    expect(errorsOf({ content: [hero, hero] }).map((e) => e.message)).toEqual([
      "Two blocks have the same id",
    ]);
    expect(
      errorsOf({ content: [{ type: "Hero", props: { id: "Hero-1", heading: "a\u0000b" } }] })[0]?.field,
    ).toBe("heading");
    expect(errorsOf("<html>")[0]?.message).toBe("This is not a page document");
    expect(errorsOf({ content: [null] })[0]?.message).toMatch(/malformed/);
  });

  it("checks schedule dates and times and sponsor links", () => {
    const errors = errorsOf({
      content: [
        {
          type: "Schedule",
          props: { id: "Schedule-1", entries: [{ date: "14/06/2026", time: "9.30", label: "Doors" }] },
        },
        {
          type: "Sponsors",
          props: {
            id: "Sponsors-1",
            logos: [{ image: { blobId: IMAGE }, name: "Acme", href: "data:text/html,x" }],
          },
        },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual(["entries.0.date", "entries.0.time", "logos.0.href"]);
  });
});

describe("referencedBlobIds", () => {
  it("lists every image once, including those inside containers", () => {
    const result = validatePageDocument({
      content: [
        hero,
        {
          type: "Columns",
          props: {
            id: "Columns-1",
            left: [{ type: "Image", props: { id: "Image-1", image: { blobId: OTHER_IMAGE }, alt: "Stage" } }],
            right: [{ ...hero, props: { ...hero.props, id: "Hero-2" } }],
          },
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(referencedBlobIds(result.document).sort()).toEqual([IMAGE, OTHER_IMAGE].sort());
  });
});

"use client";

import type { Field } from "@puckeditor/core";
import { ImageField, type LibraryImage } from "./image-field";

/**
 * The field panel of each block, in Puck's field language. Labels say what the attendee will see; limits and
 * rules are not repeated here — the page document's schemas (lib/pages) check every save and the editor shows
 * their messages next to the block.
 */
const text = (label: string, placeholder?: string): Field => ({ type: "text", label, placeholder });
const textarea = (label: string): Field => ({ type: "textarea", label });
const choice = (label: string, options: [string, string][]): Field => ({
  type: "radio",
  label,
  options: options.map(([value, optionLabel]) => ({ value, label: optionLabel })),
});

const image = (label: string, images: LibraryImage[], optional: boolean): Field => ({
  type: "custom",
  label,
  render: ({ id, value, onChange }) => (
    <ImageField id={id} label={label} value={value} images={images} onChange={onChange} optional={optional} />
  ),
});

export function blockFields(images: LibraryImage[]): Record<string, Record<string, Field>> {
  return {
    Hero: {
      heading: text("Heading"),
      subheading: text("Subheading"),
      background: choice("Background", [
        ["gradient", "Brand gradient"],
        ["image", "Photo"],
      ]),
      image: image("Photo", images, true),
      focalX: { type: "number", label: "Focal point, from the left (%)", min: 0, max: 100 },
      focalY: { type: "number", label: "Focal point, from the top (%)", min: 0, max: 100 },
      overlay: { type: "number", label: "Darken the photo (%)", min: 0, max: 80, step: 5 },
      ctaLabel: text("Order button label (empty: no button)"),
    },
    RichText: {
      markdown: textarea("Text (Markdown: ## heading, **bold**, *italic*, - list, [link](https://…))"),
    },
    Image: {
      image: image("Image", images, false),
      alt: text("Alt text (what the image shows)"),
      caption: text("Caption"),
      width: choice("Width", [
        ["content", "Text width"],
        ["wide", "Page width"],
      ]),
    },
    Gallery: {
      heading: text("Heading"),
      images: {
        type: "array",
        label: "Images",
        arrayFields: { image: image("Image", images, false), alt: text("Alt text") },
        defaultItemProps: { image: null, alt: "" },
        getItemSummary: (entry: { alt?: string }, index?: number) => entry.alt || `Image ${(index ?? 0) + 1}`,
      },
      columns: {
        type: "radio",
        label: "Columns",
        options: [
          { value: 2, label: "2" },
          { value: 3, label: "3" },
        ],
      },
    },
    ItemsShowcase: {
      heading: text("Heading"),
      layout: choice("Layout", [
        ["grid", "Grid"],
        ["list", "List"],
      ]),
    },
    Faq: {
      heading: text("Heading"),
      entries: {
        type: "array",
        label: "Questions",
        arrayFields: { question: text("Question"), answer: textarea("Answer (Markdown)") },
        defaultItemProps: { question: "", answer: "" },
        getItemSummary: (entry: { question?: string }, index?: number) =>
          entry.question || `Question ${(index ?? 0) + 1}`,
      },
    },
    Schedule: {
      heading: text("Heading"),
      entries: {
        type: "array",
        label: "Entries",
        arrayFields: {
          date: text("Date", "2026-06-14"),
          time: text("Time (optional)", "09:30"),
          label: text("What happens"),
          detail: text("Detail"),
        },
        defaultItemProps: { date: "", time: "", label: "", detail: "" },
        getItemSummary: (entry: { label?: string; date?: string }, index?: number) =>
          [entry.date, entry.label].filter(Boolean).join(" · ") || `Entry ${(index ?? 0) + 1}`,
      },
    },
    Location: {
      heading: text("Heading"),
      venue: text("Venue"),
      address: textarea("Address"),
      mapQuery: text("Map search (empty: the address)"),
      directions: textarea("Directions (Markdown)"),
    },
    Sponsors: {
      heading: text("Heading"),
      logos: {
        type: "array",
        label: "Logos",
        arrayFields: {
          image: image("Logo", images, false),
          name: text("Sponsor's name"),
          href: text("Link (optional)"),
        },
        defaultItemProps: { image: null, name: "", href: "" },
        getItemSummary: (entry: { name?: string }, index?: number) =>
          entry.name || `Logo ${(index ?? 0) + 1}`,
      },
    },
    Countdown: { heading: text("Heading") },
    CtaBand: {
      heading: text("Heading"),
      text: text("Text"),
      buttonLabel: text("Button label"),
      href: text("Button link", "/order"),
      tone: choice("Colour", [
        ["brand", "Primary"],
        ["accent", "Accent"],
        ["muted", "Grey"],
      ]),
    },
    Section: {
      background: choice("Background", [
        ["none", "None"],
        ["muted", "Grey"],
        ["brand", "Primary"],
        ["accent", "Accent"],
      ]),
      spacing: choice("Spacing", [
        ["compact", "Compact"],
        ["normal", "Normal"],
        ["roomy", "Roomy"],
      ]),
      content: { type: "slot", label: "Blocks" },
    },
    Columns: {
      ratio: choice("Widths", [
        ["1:1", "Equal"],
        ["2:1", "Wide left"],
        ["1:2", "Wide right"],
      ]),
      left: { type: "slot", label: "Left column" },
      right: { type: "slot", label: "Right column" },
    },
  };
}

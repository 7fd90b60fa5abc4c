"use client";

import type { Config, Field } from "@puckeditor/core";
import type { ReactNode } from "react";
import { ColumnsBlock, SectionBlock } from "@/components/page-blocks/containers";
import type { PageRenderContext } from "@/components/page-blocks/context";
import { ContentBlockView } from "@/components/page-blocks/page-blocks";
import { contentBlockSchemas, type ContentBlock, type ContentBlockType } from "@/lib/pages/page-document";
import { blockFields } from "./block-fields";
import type { LibraryImage } from "./image-field";
import { blockLabels } from "./block-labels";
import { PreviewFrame } from "./preview-frame";

const labels = blockLabels;

/** What a block looks like when dropped in: enough to show its shape, and valid where a value is required. */
const defaultProps: Record<string, Record<string, unknown>> = {
  Hero: {
    heading: "Your event",
    subheading: "",
    background: "gradient",
    image: null,
    focalX: 50,
    focalY: 50,
    overlay: 40,
    ctaLabel: "Order now",
  },
  RichText: { markdown: "Tell attendees what they can get, and why." },
  Image: { image: null, alt: "", caption: "", width: "content" },
  Gallery: { heading: "", images: [], columns: 3 },
  ItemsShowcase: { heading: "What you can order", layout: "grid" },
  Faq: {
    heading: "Questions",
    entries: [{ question: "When can I collect my order?", answer: "At the registration desk, all day." }],
  },
  Schedule: { heading: "Key dates", entries: [] },
  Location: {
    heading: "Where",
    venue: "Venue name",
    address: "Street and number\nPostcode and city",
    mapQuery: "",
    directions: "",
  },
  Sponsors: { heading: "Thanks to our sponsors", logos: [] },
  Countdown: { heading: "" },
  CtaBand: {
    heading: "Get yours before they are gone",
    text: "",
    buttonLabel: "Order now",
    href: "/order",
    tone: "brand",
  },
  Section: { background: "muted", spacing: "normal", content: [] },
  Columns: { ratio: "1:1", left: [], right: [] },
};

const contentTypes = Object.keys(contentBlockSchemas) as ContentBlockType[];

/** A block whose fields do not validate yet renders a note instead (the panel lists what to fix). */
function Unfinished({ label }: { label: string }) {
  return (
    <div className="mx-auto my-4 max-w-5xl rounded-xl border-2 border-dashed border-amber-500 bg-amber-50 p-4 text-amber-900">
      {label}: fill in the highlighted fields to see this block.
    </div>
  );
}

/**
 * The Puck configuration of the dashboard's page editor: Swagstand's blocks with their field panels, drawn
 * with the same server-safe components the public page uses, so the preview is what attendees will see.
 * Containers accept content blocks only (one level deep), as the document schema requires.
 */
export function editorConfig({
  images,
  context,
}: {
  images: LibraryImage[];
  context: PageRenderContext;
}): Config {
  const fields = blockFields(images);
  const components: Config["components"] = {};
  for (const type of contentTypes) {
    components[type] = {
      label: labels[type],
      fields: fields[type] as Record<string, Field>,
      defaultProps: defaultProps[type],
      render: (props: Record<string, unknown>) => {
        // The schema drops Puck's own props (puck, editMode) along with anything else no block has.
        const parsed = contentBlockSchemas[type].safeParse(props);
        if (!parsed.success) return <Unfinished label={labels[type]} />;
        const block = { type, props: { ...parsed.data, id: String(props.id) } } as ContentBlock;
        return type === "Hero" ? (
          <ContentBlockView block={block} context={context} />
        ) : (
          <div className="mx-auto w-full max-w-5xl px-4 py-6">
            <ContentBlockView block={block} context={context} />
          </div>
        );
      },
    };
  }
  components.Section = {
    label: labels.Section,
    fields: { ...fields.Section, content: { type: "slot", label: "Blocks", allow: contentTypes } } as Record<
      string,
      Field
    >,
    defaultProps: defaultProps.Section,
    render: ({ background, spacing, content: Content }) => (
      <div className="mx-auto w-full max-w-5xl px-4 py-6">
        <SectionBlock props={{ id: "", background, spacing, content: [] }}>
          <Content />
        </SectionBlock>
      </div>
    ),
  };
  components.Columns = {
    label: labels.Columns,
    fields: {
      ...fields.Columns,
      left: { type: "slot", label: "Left column", allow: contentTypes },
      right: { type: "slot", label: "Right column", allow: contentTypes },
    } as Record<string, Field>,
    defaultProps: defaultProps.Columns,
    render: ({ ratio, left: Left, right: Right }) => (
      <div className="mx-auto w-full max-w-5xl px-4 py-6">
        <ColumnsBlock props={{ id: "", ratio, left: [], right: [] }} left={<Left />} right={<Right />} />
      </div>
    ),
  };
  return {
    categories: {
      content: { title: "Content", components: ["Hero", "RichText", "Image", "Gallery", "CtaBand"] },
      event: {
        title: "Event",
        components: ["ItemsShowcase", "Countdown", "Schedule", "Location", "Faq", "Sponsors"],
      },
      layout: { title: "Layout", components: ["Section", "Columns"] },
    },
    components,
    root: {
      // The page's theme (colours, font) around every block, as the public page draws it.
      render: ({ children }: { children?: ReactNode }) => <PreviewFrame>{children}</PreviewFrame>,
      fields: {
        title: { type: "text", label: "Page title (empty: the event's name)" },
        description: { type: "textarea", label: "Description for search engines and link previews" },
        hideFromSearch: {
          type: "radio",
          label: "Search engines",
          options: [
            { value: false, label: "May list this page" },
            { value: true, label: "Hide this page" },
          ],
        },
      },
    },
  };
}

import { z } from "zod";
import { limits } from "@/lib/limits";
import { text } from "@/lib/validation/text";
import { columnsOptions, sectionOptions } from "./blocks/container-blocks";
import { ctaBandProps, galleryProps, heroProps, imageProps, richTextProps } from "./blocks/content-blocks";
import { blockId, shortText } from "./blocks/fields";
import {
  countdownProps,
  faqProps,
  itemsShowcaseProps,
  locationProps,
  scheduleProps,
  sponsorsProps,
} from "./blocks/info-blocks";

/**
 * A landing page is a Puck document (`{ root, content }`) of Swagstand's own blocks. This module is the one
 * authority on what a document may contain: the editor's config, the server action and the renderer all go
 * through `validatePageDocument`, so a document posted straight to the action (not through the editor) is held
 * to the same rules, and what is stored is the normalised result (defaults filled, unknown props dropped).
 */

/** Blocks that hold content; they may sit at the top level or inside a container. */
export const contentBlockSchemas = {
  Hero: heroProps,
  RichText: richTextProps,
  Image: imageProps,
  Gallery: galleryProps,
  ItemsShowcase: itemsShowcaseProps,
  Faq: faqProps,
  Schedule: scheduleProps,
  Location: locationProps,
  Sponsors: sponsorsProps,
  Countdown: countdownProps,
  CtaBand: ctaBandProps,
} as const;

/** Containers, with the names of their slots; top level only (one level of nesting keeps pages predictable). */
export const containerBlocks = {
  Section: { options: sectionOptions, slots: ["content"] },
  Columns: { options: columnsOptions, slots: ["left", "right"] },
} as const;

export type ContentBlockType = keyof typeof contentBlockSchemas;
export type ContainerBlockType = keyof typeof containerBlocks;
export type BlockType = ContentBlockType | ContainerBlockType;

export type ContentBlock = {
  [K in ContentBlockType]: { type: K; props: z.output<(typeof contentBlockSchemas)[K]> & { id: string } };
}[ContentBlockType];

export type ContainerBlock =
  | { type: "Section"; props: z.output<typeof sectionOptions> & { id: string; content: ContentBlock[] } }
  | {
      type: "Columns";
      props: z.output<typeof columnsOptions> & { id: string; left: ContentBlock[]; right: ContentBlock[] };
    };

export type PageBlock = ContentBlock | ContainerBlock;

export const pageRootProps = z.object({
  /** The browser tab and link-preview title; the event's name when empty. */
  title: shortText().default(""),
  description: shortText().default(""),
  hideFromSearch: z.boolean().default(false),
});

export type PageDocument = { root: { props: z.output<typeof pageRootProps> }; content: PageBlock[] };

export type PageDocumentError = {
  /** The block the message belongs to (null: the page as a whole). */
  blockId: string | null;
  blockType: string | null;
  /** The field inside the block ("heading", "entries.2.question"), or null for the block itself. */
  field: string | null;
  message: string;
};

export type PageDocumentResult =
  { ok: true; document: PageDocument } | { ok: false; errors: PageDocumentError[] };

const rawBlock = z.object({ type: z.unknown(), props: z.record(text(), z.unknown()) });
type RawBlock = z.infer<typeof rawBlock>;

const isContentType = (type: unknown): type is ContentBlockType =>
  typeof type === "string" && Object.hasOwn(contentBlockSchemas, type);
const isContainerType = (type: unknown): type is ContainerBlockType =>
  typeof type === "string" && Object.hasOwn(containerBlocks, type);

const fieldPath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join(".") : null);

/** Validates one block's own props; returns the normalised props or pushes an error per field. */
function parseProps<T extends z.ZodType>(
  schema: T,
  block: RawBlock,
  id: string,
  type: string,
  errors: PageDocumentError[],
): z.output<T> | null {
  const result = schema.safeParse(block.props);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({ blockId: id, blockType: type, field: fieldPath(issue.path), message: issue.message });
  }
  return null;
}

function parseBlock(input: unknown, errors: PageDocumentError[], allowContainers: boolean): PageBlock | null {
  const shape = rawBlock.safeParse(input);
  if (!shape.success) {
    errors.push({
      blockId: null,
      blockType: null,
      field: null,
      message: "A block is malformed (it needs a type and props)",
    });
    return null;
  }
  const block = shape.data;
  const id = blockId.safeParse(block.props.id);
  const type = typeof block.type === "string" ? block.type.slice(0, 60) : String(block.type);
  if (!id.success) {
    errors.push({
      blockId: null,
      blockType: type,
      field: "id",
      message: "A block has a missing or invalid id",
    });
    return null;
  }
  if (isContentType(block.type)) {
    const props = parseProps(contentBlockSchemas[block.type], block, id.data, type, errors);
    return props ? ({ type: block.type, props: { ...props, id: id.data } } as ContentBlock) : null;
  }
  if (isContainerType(block.type)) {
    if (!allowContainers) {
      errors.push({
        blockId: id.data,
        blockType: type,
        field: null,
        message: `A ${type} cannot be placed inside another section or column`,
      });
      return null;
    }
    const container = containerBlocks[block.type];
    const options = parseProps(container.options, block, id.data, type, errors);
    const slots: Record<string, ContentBlock[]> = {};
    for (const slot of container.slots) {
      const children = block.props[slot] ?? [];
      if (!Array.isArray(children)) {
        errors.push({ blockId: id.data, blockType: type, field: slot, message: "Expected a list of blocks" });
        continue;
      }
      if (children.length > limits.pageBlocksPerContainer) {
        errors.push({
          blockId: id.data,
          blockType: type,
          field: slot,
          message: `Use at most ${limits.pageBlocksPerContainer} blocks here`,
        });
        continue;
      }
      slots[slot] = children
        .map((child) => parseBlock(child, errors, false))
        .filter((child): child is ContentBlock => child !== null);
    }
    return options
      ? ({ type: block.type, props: { ...options, ...slots, id: id.data } } as ContainerBlock)
      : null;
  }
  errors.push({
    blockId: id.data,
    blockType: type,
    field: null,
    message: `"${type}" is not a block this editor knows`,
  });
  return null;
}

const countBlocks = (content: unknown[]): number =>
  content.reduce<number>((total, block) => {
    const props = (block as { props?: Record<string, unknown> })?.props ?? {};
    const nested = ["content", "left", "right"]
      .map((slot) => props[slot])
      .filter(Array.isArray) as unknown[][];
    return total + 1 + nested.reduce((n, children) => n + children.length, 0);
  }, 0);

export function validatePageDocument(input: unknown): PageDocumentResult {
  const page: PageDocumentError = { blockId: null, blockType: null, field: null, message: "" };
  const shape = z
    .object({
      root: z.object({ props: z.record(text(), z.unknown()).default({}) }).default({ props: {} }),
      content: z.array(z.unknown()),
    })
    .safeParse(input);
  if (!shape.success) return { ok: false, errors: [{ ...page, message: "This is not a page document" }] };
  if (JSON.stringify(input).length > limits.pageDraftMaxBytes) {
    return {
      ok: false,
      errors: [{ ...page, message: "This page is too large to save; remove some blocks" }],
    };
  }
  if (countBlocks(shape.data.content) > limits.pageBlocksMax) {
    return {
      ok: false,
      errors: [{ ...page, message: `A page can hold at most ${limits.pageBlocksMax} blocks` }],
    };
  }
  const errors: PageDocumentError[] = [];
  const root = pageRootProps.safeParse(shape.data.root.props);
  if (!root.success) {
    for (const issue of root.error.issues)
      errors.push({ ...page, field: fieldPath(issue.path), message: issue.message });
  }
  const content = shape.data.content.map((block) => parseBlock(block, errors, true));
  const ids = new Set<string>();
  for (const block of content.flatMap((b) => (b ? [b, ...childrenOf(b)] : []))) {
    if (ids.has(block.props.id)) {
      errors.push({
        blockId: block.props.id,
        blockType: block.type,
        field: "id",
        message: "Two blocks have the same id",
      });
    }
    ids.add(block.props.id);
  }
  if (errors.length > 0 || !root.success) return { ok: false, errors };
  return { ok: true, document: { root: { props: root.data }, content: content as PageBlock[] } };
}

export function childrenOf(block: PageBlock): ContentBlock[] {
  if (block.type === "Section") return block.props.content;
  if (block.type === "Columns") return [...block.props.left, ...block.props.right];
  return [];
}

/** Where a document points at an uploaded image: the block and field an error about it belongs to. */
export type ImageRef = { blobId: string; blockId: string; blockType: BlockType; field: string };

/** Every image reference of a document, block by block, in page order. */
export function imageRefsOf(document: PageDocument): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const block of document.content.flatMap((b) => [b, ...childrenOf(b)])) {
    const at = (blobId: string, field: string) =>
      refs.push({ blobId, blockId: block.props.id, blockType: block.type, field });
    switch (block.type) {
      case "Hero":
        if (block.props.image) at(block.props.image.blobId, "image");
        break;
      case "Image":
        at(block.props.image.blobId, "image");
        break;
      case "Gallery":
        block.props.images.forEach((entry, i) => at(entry.image.blobId, `images.${i}.image`));
        break;
      case "Sponsors":
        block.props.logos.forEach((logo, i) => at(logo.image.blobId, `logos.${i}.image`));
        break;
    }
  }
  return refs;
}

/** Every uploaded image a document points at: the save action checks they all belong to the organisation. */
export function referencedBlobIds(document: PageDocument): string[] {
  return [...new Set(imageRefsOf(document).map((ref) => ref.blobId))];
}

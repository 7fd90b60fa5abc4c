import { z } from "zod";
import { text } from "@/lib/validation/text";

const hexColour = text().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1F6FEB");

/** A landing page version's content. The page builder (a later issue) edits exactly this shape. */
export const pageContentSchema = z.object({
  title: text().trim().min(1).max(120),
  tagline: text().trim().max(200).default(""),
  /** Markdown, rendered to sanitised HTML. */
  descriptionMd: text().max(10_000).default(""),
  primaryColor: hexColour,
  accentColor: hexColour,
  logoBlobId: z.uuid().nullable().default(null),
  heroBlobId: z.uuid().nullable().default(null),
  font: z.enum(["sans", "serif", "rounded", "mono"]).default("sans"),
  ctaLabel: text().trim().min(1).max(40).default("Order now"),
  /** Where and when to pick things up, shown under the items. */
  pickupInfo: text().max(2_000).default(""),
});

export type PageContent = z.infer<typeof pageContentSchema>;

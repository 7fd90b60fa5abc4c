import type { BlockType } from "@/lib/pages/page-document";

/** What the editor calls each block: in the block list, the outline and the problems panel. */
export const blockLabels: Record<BlockType, string> = {
  Hero: "Hero",
  RichText: "Text",
  Image: "Image",
  Gallery: "Gallery",
  ItemsShowcase: "Items",
  Faq: "FAQ",
  Schedule: "Key dates",
  Location: "Location",
  Sponsors: "Sponsors",
  Countdown: "Countdown",
  CtaBand: "Call to action",
  Section: "Section",
  Columns: "Columns",
};

import { z } from "zod";

/** Layout options of the two containers; their children are validated by the page document (one level deep). */
export const sectionOptions = z.object({
  background: z.enum(["none", "muted", "brand", "accent"]).default("none"),
  spacing: z.enum(["compact", "normal", "roomy"]).default("normal"),
});

export const columnsOptions = z.object({
  ratio: z.enum(["1:1", "2:1", "1:2"]).default("1:1"),
});

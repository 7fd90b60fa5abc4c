import { z } from "zod";
import { limits } from "@/lib/limits";
import { pageUrlSchema } from "../safe-url";
import { imageRef, listOf, markdownText, requiredAlt, requiredShortText, shortText } from "./fields";

/** Hero: the first thing attendees see — heading, a photo or the brand gradient, and the way to order. */
export const heroProps = z.object({
  heading: requiredShortText("a heading"),
  subheading: shortText().default(""),
  background: z.enum(["gradient", "image"]).default("gradient"),
  image: imageRef.nullable().default(null),
  /** Which part of the photo stays in view when it is cropped, in percent from the top left. */
  focalX: z.number().int().min(0).max(100).default(50),
  focalY: z.number().int().min(0).max(100).default(50),
  /** Darkening over the photo so the heading stays readable, in percent. */
  overlay: z.number().int().min(0).max(80).default(40),
  ctaLabel: shortText().default("Order now"),
});

export const richTextProps = z.object({ markdown: markdownText().default("") });

export const imageProps = z.object({
  image: imageRef,
  alt: requiredAlt(),
  caption: shortText().default(""),
  width: z.enum(["content", "wide"]).default("content"),
});

export const galleryProps = z.object({
  heading: shortText().default(""),
  images: listOf(z.object({ image: imageRef, alt: requiredAlt() }), "images", limits.pageImagesPerGallery),
  columns: z.union([z.literal(2), z.literal(3)]).default(3),
});

export const ctaBandProps = z.object({
  heading: requiredShortText("a heading"),
  text: shortText().default(""),
  buttonLabel: requiredShortText("the button's label"),
  href: pageUrlSchema.default("/order"),
  tone: z.enum(["brand", "accent", "muted"]).default("brand"),
});

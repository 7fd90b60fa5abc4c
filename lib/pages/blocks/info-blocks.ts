import { z } from "zod";
import { pageUrlSchema } from "../safe-url";
import { imageRef, listOf, markdownText, requiredShortText, shortText } from "./fields";

/** The event's real items with live prices and availability, read from the catalog when the page renders. */
export const itemsShowcaseProps = z.object({
  heading: shortText().default("What you can order"),
  layout: z.enum(["grid", "list"]).default("grid"),
});

/** Questions and answers, rendered as native <details> (works without JavaScript). */
export const faqProps = z.object({
  heading: shortText().default("Questions"),
  entries: listOf(
    z.object({
      question: requiredShortText("the question"),
      answer: markdownText().min(1, "Enter the answer"),
    }),
    "questions",
  ),
});

const isoDate = z.iso.date("Use a date like 2026-06-14");
const clockTime = z.union([z.literal(""), z.iso.time({ precision: -1, error: "Use a time like 09:30" })]);

export const scheduleProps = z.object({
  heading: shortText().default("Key dates"),
  entries: listOf(
    z.object({
      date: isoDate,
      time: clockTime.default(""),
      label: requiredShortText("what happens"),
      detail: shortText().default(""),
    }),
    "entries",
  ),
});

export const locationProps = z.object({
  heading: shortText().default("Where"),
  venue: requiredShortText("the venue's name"),
  address: markdownText().min(1, "Enter the address"),
  /** What a map app searches for; the address when empty. */
  mapQuery: shortText().default(""),
  directions: markdownText().default(""),
});

export const sponsorsProps = z.object({
  heading: shortText().default("Thanks to our sponsors"),
  logos: listOf(
    z.object({
      image: imageRef,
      name: requiredShortText("the sponsor's name"),
      href: z.union([z.literal(""), pageUrlSchema]).default(""),
    }),
    "logos",
  ),
});

/** "Ordering opens in 3 days": text rendered on the server from the event's ordering window, no client timer. */
export const countdownProps = z.object({
  heading: shortText().default(""),
});

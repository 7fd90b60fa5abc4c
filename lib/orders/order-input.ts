import { z } from "zod";
import { findJsonProblem } from "@/lib/validation/json-value";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";

/**
 * What an attendee submits to place an order. Shared by the order form (react-hook-form) and the server,
 * so both refuse the same things with the same words. Every object is strict: an unknown key is an error,
 * not silently ignored. The answers are only bounded here; their rules come from the event's form version.
 */
export const quantityMessage = `Quantity must be a whole number between 1 and ${limits.quantityPerLine}`;

const quantity = z
  .number({ error: quantityMessage })
  .int({ error: quantityMessage })
  .min(1, { error: quantityMessage })
  .max(limits.quantityPerLine, { error: quantityMessage });

export const orderLineInputSchema = z.strictObject({
  // Lower-cased so one variant is one key everywhere (duplicate check, the lock order of the stock update).
  variantId: z.uuid({ error: "This item is not available" }).toLowerCase(),
  quantity,
});

/** The attendee's email address, as the order form and the "email me my order link" request accept it. */
export const attendeeEmailSchema = text({ error: "Enter a valid email address" })
  .trim()
  .min(1, { error: "Enter your email address" })
  .max(limits.emailMaxLength, {
    error: `Your email address can be at most ${limits.emailMaxLength} characters`,
  })
  .pipe(z.email({ error: "Enter a valid email address" }));

const attendeeSchema = z.strictObject(
  {
    name: text({ error: "Enter your name" })
      .trim()
      .min(1, { error: "Enter your name" })
      .max(limits.nameMaxLength, { error: `Your name can be at most ${limits.nameMaxLength} characters` }),
    email: attendeeEmailSchema,
  },
  { error: "Enter your name and email address" },
);

const encoder = new TextEncoder();

/** Bounded by serialised size so a huge answer blob is refused before any form rule runs. */
const answersSchema = z
  .record(text(), z.unknown(), { error: "Answers must be an object" })
  .superRefine((answers, ctx) => {
    // First, because the size check serialises: a server action can decode a BigInt, and JSON.stringify
    // throws on one.
    const problem = findJsonProblem(answers);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    else if (encoder.encode(JSON.stringify(answers)).length > limits.answersJsonBytes)
      ctx.addIssue({ code: "custom", message: "Your answers are too long" });
  });

export const orderInputSchema = z.strictObject(
  {
    idempotencyKey: z.uuid({ error: "Reload the page and try again" }).toLowerCase(),
    attendee: attendeeSchema,
    lines: z
      .array(orderLineInputSchema, { error: "Choose at least one item" })
      .min(1, { error: "Choose at least one item" })
      .max(limits.itemsPerOrder, { error: `You can order at most ${limits.itemsPerOrder} different items` })
      .superRefine((lines, ctx) => {
        const seen = new Set<string>();
        for (const line of lines) {
          if (seen.has(line.variantId)) {
            ctx.addIssue({ code: "custom", message: "Each item and size can be chosen only once" });
            return;
          }
          seen.add(line.variantId);
        }
      }),
    answers: answersSchema.default({}),
  },
  { error: "The order could not be read. Reload the page and try again" },
);

export type OrderInput = z.infer<typeof orderInputSchema>;
export type OrderLineInput = z.infer<typeof orderLineInputSchema>;

/** The key of the per-attendee limit: the same mailbox in any letter case is the same attendee. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

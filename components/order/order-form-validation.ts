import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { compileAnswersSchema } from "@/lib/forms/compile";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { limits } from "@/lib/limits";
import { orderInputSchema, orderLineInputSchema } from "@/lib/orders/order-input";
import { maxQuantity, type OrderFormItem, type OrderFormValues } from "./order-form-values";

/**
 * The order form's one schema: attendee rules and line rules from lib/orders/order-input.ts (the server parses
 * with the same ones), the event's answer rules from compileAnswersSchema, and the item limits the page knows.
 *
 * zod is the largest part of the order page's JavaScript, so this module is loaded after the form is
 * interactive (see order-form.tsx), never in the first load.
 */

export const NO_ITEM_MESSAGE = "Choose at least one item";

export function buildOrderFormSchema({
  items,
  fields,
}: {
  items: readonly OrderFormItem[];
  fields: readonly FieldDefinition[];
}) {
  const lines = z
    // null: react-hook-form reads a radio group with nothing ticked as null, which means "not this item" too.
    .array(z.object({ variantId: text().nullable(), quantity: z.number() }))
    .superRefine((formLines, ctx) => {
      let chosen = 0;
      formLines.forEach((line, index) => {
        if (!line.variantId) return;
        chosen += 1;
        const item = items[index];
        const variant = item?.variants.find((v) => v.id === line.variantId);
        if (!item || !variant) {
          ctx.addIssue({ code: "custom", path: [index, "variantId"], message: "This item is not available" });
          return;
        }
        const parsed = orderLineInputSchema.safeParse(line);
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            ctx.addIssue({ code: "custom", path: [index, ...issue.path], message: issue.message });
          return;
        }
        if (variant.stock <= 0) {
          ctx.addIssue({
            code: "custom",
            path: [index, "variantId"],
            message: `${variant.label} is sold out`,
          });
        } else if (line.quantity > maxQuantity(item, variant)) {
          const max = maxQuantity(item, variant);
          const message =
            variant.stock < item.maxPerOrder ? `Only ${variant.stock} left` : `You can order at most ${max}`;
          ctx.addIssue({ code: "custom", path: [index, "quantity"], message });
        }
      });
      if (chosen === 0) ctx.addIssue({ code: "custom", message: NO_ITEM_MESSAGE });
      if (chosen > limits.itemsPerOrder) {
        ctx.addIssue({
          code: "custom",
          message: `You can order at most ${limits.itemsPerOrder} different items`,
        });
      }
    });

  return z.object({
    attendee: orderInputSchema.shape.attendee,
    lines,
    answers: compileAnswersSchema(fields),
  });
}

/** react-hook-form's resolver for the event's order form. */
export function orderFormResolver(input: {
  items: readonly OrderFormItem[];
  fields: readonly FieldDefinition[];
}): Resolver<OrderFormValues, unknown, OrderFormValues> {
  // raw: the server parses the same raw values with the same rules, so send them, not the parsed output.
  return zodResolver(buildOrderFormSchema(input), undefined, { raw: true });
}

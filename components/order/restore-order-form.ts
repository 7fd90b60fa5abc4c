import { defaultAnswers } from "@/lib/forms/default-answers";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { defaultOrderFormValues, type OrderFormItem, type OrderFormValues } from "./order-form-values";

/**
 * A natively posted form, rendered again: what the attendee submitted, in the shapes the form's inputs use
 * (ticked boxes as booleans, multiple choices as lists). Only the event's own items, variants and questions
 * are taken over; anything else the post carried is dropped.
 */
export function restoreOrderFormValues({
  submitted,
  items,
  fields,
}: {
  submitted: OrderFormValues;
  items: readonly OrderFormItem[];
  fields: readonly FieldDefinition[];
}): OrderFormValues {
  const defaults = defaultOrderFormValues({ items, answers: defaultAnswers(fields) });
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    if (!Object.hasOwn(defaults.answers, field.key)) continue;
    answers[field.key] = restoreAnswer(field, defaults.answers[field.key], submitted.answers[field.key]);
  }
  return {
    attendee: { name: text(submitted.attendee.name), email: text(submitted.attendee.email) },
    lines: items.map((item, index) => {
      const line = submitted.lines[index];
      const variant = item.variants.find((v) => v.id === line?.variantId);
      const quantity = line && Number.isInteger(line.quantity) && line.quantity >= 1 ? line.quantity : 1;
      return { variantId: variant?.id ?? "", quantity };
    }),
    answers,
  };
}

function restoreAnswer(field: FieldDefinition, fallback: unknown, value: unknown): unknown {
  switch (field.type) {
    case "checkbox":
    case "consent":
      return value === "on" || value === "true" || value === true;
    case "multiple_choice":
      return (typeof value === "string" ? [value] : Array.isArray(value) ? value : []).filter(
        (v): v is string => typeof v === "string",
      );
    case "address": {
      const parts = { ...(fallback as Record<string, string>) };
      if (typeof value === "object" && value !== null) {
        for (const key of Object.keys(parts)) parts[key] = text((value as Record<string, unknown>)[key]);
      }
      return parts;
    }
    default:
      return typeof value === "string" ? value : fallback;
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Server errors by form path → react-hook-form's nested errors object (its `errors` option). */
export function toFormErrors(
  errors: ReadonlyArray<{ path: string; message: string }>,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, message } of errors) {
    const segments = path.split(".");
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    const leaf = segments.at(-1)!;
    // "lines" and "lines.0.variantId" can both have errors: keep the children when the parent's arrives.
    const existing = typeof node[leaf] === "object" && node[leaf] !== null ? node[leaf] : {};
    node[leaf] = { ...existing, type: "server", message };
  }
  return root;
}

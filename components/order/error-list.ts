import type { FieldDefinition } from "@/lib/forms/definitions";
import type { OrderFormItem } from "./order-form-values";

/**
 * react-hook-form's nested error object → a flat list in the order the fields appear on the page (items,
 * name, email, then the event's questions), with a label for the summary and the DOM id to jump to.
 * Pure, so the order form's error summary and its focus handling agree.
 */

export type ErrorEntry = { path: string; label: string; message: string; domId: string };

/** DOM ids of the order form's own fields; answers use the form renderer's `field-<key>`. */
export const domIds = {
  items: "order-items",
  item: (itemId: string) => `item-${itemId}`,
  quantity: (itemId: string) => `item-${itemId}-quantity`,
  name: "attendee-name",
  email: "attendee-email",
  answer: (key: string) => `field-${key}`,
} as const;

export function flattenErrors(errors: unknown, prefix = ""): Array<{ path: string; message: string }> {
  if (typeof errors !== "object" || errors === null) return [];
  const out: Array<{ path: string; message: string }> = [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" && node.message !== "" && prefix !== "") {
    out.push({ path: prefix, message: node.message });
  }
  for (const [key, child] of Object.entries(node)) {
    // `ref` is a DOM element and `types`/`message`/`type` describe this node, not children.
    if (key === "ref" || key === "types" || key === "message" || key === "type") continue;
    // Array-level errors of field arrays live under `root`; they belong to the array itself.
    const childPath = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    out.push(...flattenErrors(child, childPath));
  }
  return out;
}

export function describeErrors({
  errors,
  items,
  fields,
  visibleAnswers,
}: {
  errors: unknown;
  items: readonly OrderFormItem[];
  fields: readonly FieldDefinition[];
  /** Keys of the questions currently shown; errors of hidden ones are left out. Omitted: all count. */
  visibleAnswers?: ReadonlySet<string>;
}): ErrorEntry[] {
  const seen = new Set<string>();
  const entries = flattenErrors(errors)
    .filter(({ path }) => {
      const [head, key] = path.split(".");
      return !(visibleAnswers && head === "answers" && key && !visibleAnswers.has(key));
    })
    .filter(({ path, message }) => {
      const key = `${path}\u0000${message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ path, message }) => ({ path, message, ...placeOf(path, items, fields) }));
  return entries
    .sort((a, b) => a.rank - b.rank)
    .map(({ path, label, message, domId }) => ({ path, label, message, domId }));
}

function placeOf(
  path: string,
  items: readonly OrderFormItem[],
  fields: readonly FieldDefinition[],
): { rank: number; label: string; domId: string } {
  const [head, second, third] = path.split(".");
  if (head === "lines") {
    const index = Number(second);
    const item = Number.isInteger(index) ? items[index] : undefined;
    if (!item) return { rank: 0, label: "Items", domId: domIds.items };
    return third === "quantity"
      ? { rank: 1 + index * 2 + 1, label: `${item.name} quantity`, domId: domIds.quantity(item.id) }
      : { rank: 1 + index * 2, label: item.name, domId: domIds.item(item.id) };
  }
  const afterItems = 1 + items.length * 2;
  if (path === "attendee.name") return { rank: afterItems, label: "Your name", domId: domIds.name };
  if (path === "attendee.email") return { rank: afterItems + 1, label: "Email address", domId: domIds.email };
  if (head === "answers" && second) {
    const index = fields.findIndex((f) => f.key === second);
    const field = fields[index];
    return {
      rank: afterItems + 2 + (index < 0 ? fields.length : index),
      label: field && "label" in field ? field.label : second,
      domId: domIds.answer(second),
    };
  }
  return { rank: Number.MAX_SAFE_INTEGER, label: path, domId: domIds.items };
}

/** Focuses the control at `domId`, or the checked / first usable control inside it (radio groups, fieldsets). */
export function focusControl(domId: string): boolean {
  const element = document.getElementById(domId);
  if (!element) return false;
  const control = element.matches("input, select, textarea, button")
    ? element
    : (element.querySelector<HTMLElement>("input:checked:not([disabled])") ??
      element.querySelector<HTMLElement>(
        "input:not([disabled]):not([type=hidden]), select, textarea, button:not([disabled])",
      ));
  (control ?? element).focus();
  return true;
}

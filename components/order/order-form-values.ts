import { limits } from "@/lib/limits";
import type { OrderInput } from "@/lib/orders/order-input";
import type { PlaceOrderErrorCode } from "@/lib/orders/results";

/**
 * The order form's values and what travels with them, free of zod so the form can hydrate before its
 * validation (order-form-validation.ts) has loaded.
 *
 * The form holds one line per item, in item order, because each item is a radio group of its variants: an
 * empty variantId means "not this item". Only chosen lines are sent, so the server's "lines.N" refers to the
 * Nth chosen line; `submittedLineItems` maps it back to the item (and so to the form field) it came from.
 */

export type OrderFormVariant = { id: string; label: string; stock: number };
export type OrderFormItem = {
  id: string;
  name: string;
  priceMinor: number;
  maxPerOrder: number;
  variants: OrderFormVariant[];
};

/** variantId "" (or null, react-hook-form's value of a radio group with nothing ticked): not this item. */
export type OrderFormLine = { variantId: string | null; quantity: number };
export type OrderFormValues = {
  attendee: { name: string; email: string };
  lines: OrderFormLine[];
  answers: Record<string, unknown>;
};

/** What the order server action returns when the order was not placed. */
export type OrderActionFailure = {
  ok: false;
  code: PlaceOrderErrorCode | "error";
  message: string;
  fieldErrors: Record<string, string[]>;
  /** With `rate_limited`: seconds until trying again can succeed (the message says it in words). */
  retryAfterSeconds?: number;
};

/** Placed (or a retry of a placed order): the form navigates to the order's confirmation page. */
export type OrderActionSuccess = { ok: true; confirmationPath: string };

export type OrderActionResult = OrderActionFailure | OrderActionSuccess;

/** What went wrong with a submission, as the form shows it: `general` holds what belongs to no one field. */
export type OrderFormProblem = { code: OrderActionFailure["code"]; message: string; general: string[] };

/**
 * The state of a natively posted order form (useActionState): what was submitted, so the server can render it
 * again, and every problem keyed by form path. Never reached after a success, which redirects.
 */
export type OrderFormState = {
  problem: OrderFormProblem | null;
  values: OrderFormValues | null;
  idempotencyKey: string | null;
  fieldErrors: Array<{ path: string; message: string }>;
};

export const INITIAL_ORDER_FORM_STATE: OrderFormState = {
  problem: null,
  values: null,
  idempotencyKey: null,
  fieldErrors: [],
};

/** The native-post action, bound to the event's slug by the page. */
export type SubmitOrderFormAction = (previous: OrderFormState, formData: FormData) => Promise<OrderFormState>;

/** The server action, passed down by the page (a server reference), so this folder never imports app/. */
export type PlaceOrderAction = (slug: string, input: OrderInput) => Promise<OrderActionResult>;

/** The most of `variant` one order may take: the item's limit, what is left, and the platform's line limit. */
export function maxQuantity(
  item: Pick<OrderFormItem, "maxPerOrder">,
  variant: Pick<OrderFormVariant, "stock">,
): number {
  return Math.max(0, Math.min(item.maxPerOrder, variant.stock, limits.quantityPerLine));
}

export function defaultOrderFormValues({
  items,
  answers,
}: {
  items: readonly OrderFormItem[];
  answers: Record<string, unknown>;
}): OrderFormValues {
  // With a single item offered in a single available variant (a breakfast) there is nothing to choose.
  const only = items.length === 1 ? items[0]!.variants.filter((v) => v.stock > 0) : [];
  return {
    attendee: { name: "", email: "" },
    lines: items.map(() => ({ variantId: only.length === 1 ? only[0]!.id : "", quantity: 1 })),
    answers,
  };
}

/** What is sent to the server action, and which item each sent line came from. */
export function toOrderInput(
  values: OrderFormValues,
  idempotencyKey: string,
): { input: OrderInput; submittedLineItems: number[] } {
  const submittedLineItems: number[] = [];
  const lines: OrderInput["lines"] = [];
  values.lines.forEach((line, index) => {
    if (!line.variantId) return;
    submittedLineItems.push(index);
    lines.push({ variantId: line.variantId, quantity: line.quantity });
  });
  return {
    input: { idempotencyKey, attendee: { ...values.attendee }, lines, answers: values.answers },
    submittedLineItems,
  };
}

/**
 * Server field errors → form paths. "lines.N[.x]" becomes "lines.<item index>.x" (the variant radios when the
 * server named the line only); attendee and answers paths are the form's own. Anything that is not a field
 * (the whole form, the idempotency key) stays in `general`.
 */
export function mapServerFieldErrors(
  fieldErrors: Record<string, string[]>,
  submittedLineItems: readonly number[],
): { fields: Array<{ path: string; message: string }>; general: string[] } {
  const fields: Array<{ path: string; message: string }> = [];
  const general: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const message = messages.join(" ");
    if (!message) continue;
    const path = formPathOf(key, submittedLineItems);
    if (path) fields.push({ path, message });
    else general.push(message);
  }
  return { fields, general };
}

function formPathOf(key: string, submittedLineItems: readonly number[]): string | null {
  if (key === "attendee.name" || key === "attendee.email") return key;
  if (key === "attendee") return "attendee.name";
  if (key === "lines") return "lines";
  const line = /^lines\.(\d+)(?:\.(variantId|quantity))?(?:\..*)?$/.exec(key);
  if (line) {
    const item = submittedLineItems[Number(line[1])];
    return item === undefined ? "lines" : `lines.${item}.${line[2] ?? "variantId"}`;
  }
  if (/^answers\.[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(key)) return key;
  return null;
}

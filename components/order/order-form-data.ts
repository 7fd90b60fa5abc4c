import { catalogLimits } from "@/lib/catalog/catalog-limits";
import { limits } from "@/lib/limits";
import type { OrderFormLine, OrderFormValues } from "./order-form-values";

/**
 * The order form as the browser posts it before JavaScript has loaded (a native POST of the server action):
 * flat `name=value` pairs whose names are the react-hook-form paths (`attendee.email`, `lines.0.variantId`,
 * `answers.address.city`). This turns them back into the form's values, so the server can validate them with
 * the same rules and, when something is wrong, render the form again with everything the attendee typed.
 *
 * Everything here is untrusted: unknown names are dropped, paths are bounded in depth and count, and names
 * that could reach an object's prototype are refused.
 */

export const IDEMPOTENCY_KEY_FIELD = "idempotencyKey";

const MAX_ENTRIES = limits.fieldsPerForm * 8 + catalogLimits.itemsPerEvent * 2 + 8;
const MAX_PATH_DEPTH = 3;
const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);
const SEGMENT = /^[A-Za-z0-9_]{1,64}$/;

export type SubmittedOrderForm = { values: OrderFormValues; idempotencyKey: string };

export function orderFormFromFormData(formData: FormData): SubmittedOrderForm {
  const attendee = { name: "", email: "" };
  const lines: OrderFormLine[] = [];
  const answers: Record<string, unknown> = {};
  let idempotencyKey = "";
  let seen = 0;

  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue; // the order form has no file inputs
    if (++seen > MAX_ENTRIES) break;
    if (name === IDEMPOTENCY_KEY_FIELD) idempotencyKey = value;
    else if (name === "attendee.name") attendee.name = value;
    else if (name === "attendee.email") attendee.email = value;
    else if (name.startsWith("lines.")) addLineValue(lines, name, value);
    else if (name.startsWith("answers.")) addAnswer(answers, name.slice("answers.".length), value);
  }
  // Items the attendee did not choose post nothing for their radios: fill the holes as "not chosen".
  const dense = Array.from(lines, (line) => line ?? { variantId: "", quantity: 1 });
  return { values: { attendee, lines: dense, answers }, idempotencyKey };
}

function addLineValue(lines: OrderFormLine[], name: string, value: string): void {
  const match = /^lines\.(\d{1,3})\.(variantId|quantity)$/.exec(name);
  if (!match) return;
  const index = Number(match[1]);
  if (index >= catalogLimits.itemsPerEvent) return;
  const line = (lines[index] ??= { variantId: "", quantity: 1 });
  if (match[2] === "variantId") line.variantId = value;
  else line.quantity = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
}

/** `city` under `address` for "address.city"; a name posted twice (ticked checkboxes) becomes a list. */
function addAnswer(answers: Record<string, unknown>, path: string, value: string): void {
  const segments = path.split(".");
  if (segments.length > MAX_PATH_DEPTH) return;
  if (segments.some((s) => !SEGMENT.test(s) || UNSAFE_SEGMENTS.has(s))) return;
  let node = answers;
  for (const segment of segments.slice(0, -1)) {
    const child = node[segment];
    if (typeof child !== "object" || child === null || Array.isArray(child)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  const leaf = segments.at(-1)!;
  const existing = node[leaf];
  if (existing === undefined) node[leaf] = value;
  else if (Array.isArray(existing)) {
    if (existing.length < limits.choicesPerField) existing.push(value);
  } else if (typeof existing === "string") node[leaf] = [existing, value];
}

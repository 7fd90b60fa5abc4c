"use server";

// A "use server" module may export only async functions (and types).

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { text } from "@/lib/validation/text";
import { getDb } from "@/db/client";
import { orderFormFromFormData } from "@/components/order/order-form-data";
import {
  mapServerFieldErrors,
  toOrderInput,
  type OrderActionFailure,
  type OrderActionResult,
  type OrderFormState,
} from "@/components/order/order-form-values";
import { loggerFor } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { withSpan } from "@/lib/observability/tracing";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { placeOrder } from "@/lib/orders/place-order";
import { requestClientAddress } from "@/lib/rate-limit/request-client";

/**
 * The order form's server actions: public endpoints that anyone can call with any arguments, so the slug is
 * only ever used to look the event up, and placeOrder validates everything else with the same schema the form
 * uses. Success leads to the confirmation page; every failure comes back as one typed result with all field
 * errors.
 *
 * Two ways in, one way through (`placeAttendeeOrder`):
 * - `placeOrderAction(slug, input)`: the hydrated form, which has validated in the browser and sends JSON.
 *   Success answers with the confirmation page's path, which the form navigates to. Not `redirect()`: in a
 *   fetched action Next then renders the target into the same response by fetching it from itself over
 *   HTTP, and that fetch carried the platform's Host, not the event's, so every order paid for a platform 404
 *   page that the browser threw away before loading the confirmation itself (ADR 023).
 * - `submitOrderForm(slug, previous, formData)`: the same form posted natively before its JavaScript has
 *   loaded (or with none). React renders it as a POST to this action; the result is the form's next state,
 *   rendered by the server with everything the attendee typed and every error. Success is a redirect: a
 *   native post gets a bare 303 with no render.
 */

const UNAVAILABLE_ACTION_MESSAGE =
  "Swagstand is temporarily unavailable. Nothing was recorded — please try again.";
const UNEXPECTED_MESSAGE =
  "Something went wrong on our side. Please try again: if your order did go through, trying again will not place it twice.";

const UNREADABLE_MESSAGE = "The order could not be read. Reload the page and try again.";

const slugSchema = text().min(1).max(63);

export async function placeOrderAction(slug: unknown, values: unknown): Promise<OrderActionResult> {
  const result = await placeAttendeeOrder(slug, values);
  return result.ok ? { ok: true, confirmationPath: confirmationPath(result.token) } : result;
}

export async function submitOrderForm(
  slug: unknown,
  _previous: OrderFormState,
  formData: unknown,
): Promise<OrderFormState> {
  if (!(formData instanceof FormData)) {
    return {
      problem: { code: "invalid_input", message: UNREADABLE_MESSAGE, general: [] },
      values: null,
      idempotencyKey: null,
      fieldErrors: [],
    };
  }
  const { values, idempotencyKey } = orderFormFromFormData(formData);
  const { input, submittedLineItems } = toOrderInput(values, idempotencyKey);
  const result = await placeAttendeeOrder(slug, input);
  if (result.ok) redirect(confirmationPath(result.token));
  const failure = result;
  const mapped = mapServerFieldErrors(failure.fieldErrors, submittedLineItems);
  return {
    problem: { code: failure.code, message: failure.message, general: mapped.general },
    values,
    idempotencyKey,
    fieldErrors: mapped.fields,
  };
}

/** Host-relative: the browser is on the event's own subdomain. */
function confirmationPath(token: string): string {
  return `/order/confirmation/${token}`;
}

function placeAttendeeOrder(
  slug: unknown,
  values: unknown,
): Promise<OrderActionFailure | { ok: true; token: string }> {
  return withSpan("action place-order", { "swagstand.action": "place-order" }, () => place(slug, values));
}

async function place(
  slug: unknown,
  values: unknown,
): Promise<OrderActionFailure | { ok: true; token: string }> {
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) {
    return { ok: false, code: "event_not_found", message: "This event does not exist.", fieldErrors: {} };
  }

  const timer = metrics.orderDuration.startTimer();
  try {
    const result = await placeOrder({
      db: getDb(),
      eventSlug: parsedSlug.data,
      input: values,
      clientAddress: await requestClientAddress(),
    });
    if (!result.ok) {
      metrics.ordersRefused.inc(result.code);
      timer({ outcome: "refused" });
      return {
        ok: false,
        code: result.code,
        message: result.code === "unavailable" ? UNAVAILABLE_ACTION_MESSAGE : result.message,
        fieldErrors: result.fieldErrors,
        ...(result.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: result.retryAfterSeconds }),
      };
    }
    if (result.order.created) metrics.ordersPlaced.inc();
    timer({ outcome: "placed" });
    return { ok: true, token: result.order.token };
  } catch (error) {
    // Only the error and the route: never the submitted values (names, emails, answers).
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    loggerFor({ requestId, tenant: parsedSlug.data, route: "/s/[slug]/order#placeOrderAction" }).error(
      { err: error },
      "placing an order failed unexpectedly",
    );
    metrics.ordersRefused.inc("error");
    timer({ outcome: "error" });
    return { ok: false, code: "error", message: UNEXPECTED_MESSAGE, fieldErrors: {} };
  }
}

"use server";

// A "use server" module may export only async functions (and types).

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { loggerFor } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { REQUEST_ID_HEADER } from "@/lib/observability/request-id";
import { placeOrder } from "@/lib/orders/place-order";
import type { OrderActionFailure } from "@/components/order/order-form-schema";

/**
 * The order form's server action. A public endpoint: anyone can call it with any arguments, so the slug is
 * only ever used to look the event up, and placeOrder validates everything else with the same schema the
 * form uses. Success redirects (host-relative: the browser is on the event's own subdomain) to the
 * confirmation page; every failure comes back as one typed result with all field errors.
 */

const UNAVAILABLE_ACTION_MESSAGE =
  "Swagstand is temporarily unavailable. Nothing was recorded — please try again.";
const UNEXPECTED_MESSAGE =
  "Something went wrong on our side. Please try again: if your order did go through, trying again will not place it twice.";

const slugSchema = z.string().min(1).max(63);

export async function placeOrderAction(slug: unknown, values: unknown): Promise<OrderActionFailure> {
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) {
    return { ok: false, code: "event_not_found", message: "This event does not exist.", fieldErrors: {} };
  }

  let token: string;
  try {
    const result = await placeOrder({ db: getDb(), eventSlug: parsedSlug.data, input: values });
    if (!result.ok) {
      metrics.ordersRejected.inc({ reason: result.code });
      return {
        ok: false,
        code: result.code,
        message: result.code === "unavailable" ? UNAVAILABLE_ACTION_MESSAGE : result.message,
        fieldErrors: result.fieldErrors,
      };
    }
    if (result.order.created) metrics.ordersPlaced.inc();
    token = result.order.token;
  } catch (error) {
    // Only the error and the route: never the submitted values (names, emails, answers).
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    loggerFor({ requestId, tenant: parsedSlug.data, route: "/s/[slug]/order#placeOrderAction" }).error(
      { err: error },
      "placing an order failed unexpectedly",
    );
    return { ok: false, code: "error", message: UNEXPECTED_MESSAGE, fieldErrors: {} };
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/order/confirmation/${token}`);
}

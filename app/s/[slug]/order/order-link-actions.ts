"use server";

// A "use server" module may export only async functions (and types).

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { loggerFor } from "@/lib/observability/logger";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import {
  ORDER_LINK_SENT_MESSAGE,
  ORDER_LINK_UNAVAILABLE_MESSAGE,
  requestOrderLinks,
} from "@/lib/orders/resend-order-link";
import { requestClientAddress } from "@/lib/rate-limit/request-client";
import { orderLinkResendEnabled } from "@/lib/flags/flags";
import { flagSubjectForSlug } from "@/lib/flags/subject";
import type { OrderLinkState } from "@/components/order/resend-order-link";

const ORDER_LINK_OFF_MESSAGE =
  "Sending the order link again is not available for this event. Nothing was sent: please use the link in your confirmation email.";
const UNEXPECTED_MESSAGE = "Something went wrong on our side. Nothing was sent: please try again.";

/**
 * "Email me the link to my order" (components/order/resend-order-link.tsx). The page binds the slug
 * (`requestOrderLinkAction.bind(null, slug)`); React's useActionState adds the previous state and the form's
 * data, with or without JavaScript in the browser. A public endpoint, so every argument is treated as
 * untrusted: the domain validates the slug and the address, and its answer never says whether an order exists.
 */
export async function requestOrderLinkAction(
  slug: unknown,
  _previous: unknown,
  formData: unknown,
): Promise<OrderLinkState> {
  const email = formData instanceof FormData ? formData.get("email") : null;
  try {
    // Behind the order-link-resend flag (ADR 027): the button is hidden while it is off, and so is this endpoint.
    // No public event behind the slug: the domain below says so, as it did before the flag.
    const subject = await flagSubjectForSlug(getDb(), slug);
    if (subject && !(await orderLinkResendEnabled(subject))) {
      return { status: "error", message: ORDER_LINK_OFF_MESSAGE };
    }
    const result = await requestOrderLinks({
      db: getDb(),
      eventSlug: slug,
      email: typeof email === "string" ? email : undefined,
      clientAddress: await requestClientAddress(),
    });
    return result.ok
      ? { status: "sent", message: ORDER_LINK_SENT_MESSAGE }
      : { status: "error", message: result.message };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "error", message: ORDER_LINK_UNAVAILABLE_MESSAGE };
    // The error and the route only: never the address.
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    const tenant = typeof slug === "string" ? slug.slice(0, 63) : null;
    loggerFor({ requestId, tenant, route: "/s/[slug]/order#requestOrderLinkAction" }).error(
      { err: error },
      "requesting order links failed unexpectedly",
    );
    return { status: "error", message: UNEXPECTED_MESSAGE };
  }
}

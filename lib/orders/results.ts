import type { FieldErrors } from "@/lib/validation/field-errors";

export type PlaceOrderErrorCode =
  /** The submission or its answers break a rule; see fieldErrors. */
  | "invalid_input"
  /** No such event, or not published (a draft is not shown to attendees). */
  | "event_not_found"
  | "ordering_not_open"
  | "ordering_closed"
  /** This email already has the event's maximum number of orders (fieldErrors["attendee.email"]). */
  | "attendee_limit"
  /** A line's item does not exist in this event or is inactive (fieldErrors["lines.N.variantId"]). */
  | "item_unavailable"
  /** A line asks for more than is left (fieldErrors["lines.N.quantity"]: "Sold out" / "Only N left"). */
  | "sold_out"
  /** The database could not be reached or dropped the connection: nothing was recorded, try again. */
  | "unavailable"
  /** Too many orders from this client or to this event in a short time (429): see retryAfterSeconds. */
  | "rate_limited"
  /** The event or the whole site is in maintenance (read-only or closed): the message says so (ADR 027). */
  | "maintenance";

export type PlaceOrderSuccess = {
  ok: true;
  /** `created` is false when the idempotency key matched an earlier order, which is returned instead. */
  order: { id: string; reference: string; token: string; created: boolean };
};

export type PlaceOrderFailure = {
  ok: false;
  code: PlaceOrderErrorCode;
  message: string;
  fieldErrors: FieldErrors;
  /** With `rate_limited`: seconds until the attempt may succeed. */
  retryAfterSeconds?: number;
};

export type PlaceOrderResult = PlaceOrderSuccess | PlaceOrderFailure;

export const UNAVAILABLE_MESSAGE =
  "Ordering is temporarily unavailable. Nothing was recorded: please try again in a moment.";

export function failure(
  code: PlaceOrderErrorCode,
  message: string,
  fieldErrors: FieldErrors = {},
): PlaceOrderFailure {
  return { ok: false, code, message, fieldErrors };
}

/** Thrown inside a transaction to roll it back and hand a failure result to the caller. */
export class OrderRejected extends Error {
  constructor(readonly failure: PlaceOrderFailure) {
    super(failure.message);
    this.name = "OrderRejected";
  }
}

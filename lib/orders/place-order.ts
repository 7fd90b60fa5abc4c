import "server-only";
import type { Db } from "@/db/client";
import { formatAnswers } from "@/lib/forms/format-answers";
import { tracedTransaction } from "@/lib/observability/traced-transaction";
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/db-errors/classify";
import { issuesToFieldErrors, mergeFieldErrors } from "@/lib/validation/field-errors";
import { maintenanceRefusal, refusesWrites } from "@/lib/maintenance/mode";
import { loadCountedOrderingContext } from "./counted-ordering-context";
import { normaliseEmail, orderInputSchema } from "./order-input";
import { orderingRefusal } from "./ordering-window";
import { failure, OrderRejected, UNAVAILABLE_MESSAGE, type PlaceOrderResult } from "./results";
import { validateAnswers } from "./validate-answers";
import { findByIdempotencyKey, writeOrder } from "./write-order";

export type { PlaceOrderErrorCode, PlaceOrderFailure, PlaceOrderResult, PlaceOrderSuccess } from "./results";

/**
 * Places an attendee's order (PRODUCT "Attendee experience", ARCHITECTURE decision 3). Never throws for
 * anything an attendee or the database can cause: every outcome is a typed result, and a database that is
 * down yields `unavailable` with nothing written. Programming errors still throw.
 */
export async function placeOrder({
  db,
  eventSlug,
  input,
  now = new Date(),
  clientAddress,
}: {
  db: Db;
  eventSlug: string;
  input: unknown;
  now?: Date;
  /**
   * Who is ordering (lib/rate-limit/request-client.ts): the order counts against this client's and the
   * event's rate limits. The server actions always pass it; without it (domain tests, a benchmark of the
   * transaction alone) nothing is counted.
   */
  clientAddress?: string;
}): Promise<PlaceOrderResult> {
  try {
    return await place({ db, eventSlug, input, now, clientAddress });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return failure("unavailable", UNAVAILABLE_MESSAGE);
    throw error;
  }
}

async function place({
  db,
  eventSlug,
  input,
  now,
  clientAddress,
}: {
  db: Db;
  eventSlug: string;
  input: unknown;
  now: Date;
  clientAddress: string | undefined;
}) {
  const parsed = orderInputSchema.safeParse(input);

  // Counted against the rate limits (this instance's leases, refilled by the statement that loads the event),
  // and only input that could be written (a typo the attendee corrects costs nothing); see order-rate-limit.ts.
  const counting = parsed.success && clientAddress !== undefined ? clientAddress : undefined;
  const { context, attempt } = await loadCountedOrderingContext({ db, eventSlug, clientAddress: counting });
  if (!context) return failure("event_not_found", "This event does not exist or is not open to orders.");
  // A retry of an order that already went through gets that order, not the refusal a new attempt would.
  const earlierOrder = () =>
    parsed.success
      ? findByIdempotencyKey({ db, eventId: context.event.id, idempotencyKey: parsed.data.idempotencyKey })
      : Promise.resolve(null);

  // Maintenance (read-only or closed, ADR 027) refuses before anything is written. A retry of an order that went
  // through just before the switch still finds that order.
  if (refusesWrites(context.maintenance.mode)) {
    attempt?.giveBack();
    const earlier = await earlierOrder();
    return earlier
      ? { ok: true as const, order: earlier }
      : failure("maintenance", maintenanceRefusal(context.maintenance));
  }

  // Checked here to refuse early and cheaply; checked again inside the transaction, which is the authority.
  const closed = orderingRefusal(context.event, now);
  if (closed) {
    attempt?.giveBack();
    // A retry of an order that went through just before the window shut must still find that order.
    const earlier = await earlierOrder();
    return earlier && closed.code !== "event_not_found" ? { ok: true as const, order: earlier } : closed;
  }

  // Answers are checked even when the rest is invalid, so the attendee sees every problem at once
  // (unless the answers themselves were refused as a whole, e.g. too large).
  const answersRefused =
    !parsed.success &&
    parsed.error.issues.some(
      (i) => (i.path.length === 0 && i.code !== "unrecognized_keys") || i.path[0] === "answers",
    );
  const answers = answersRefused
    ? ({ ok: true, answers: {} } as const)
    : validateAnswers({
        formVersion: context.formVersion,
        answers: parsed.success ? parsed.data.answers : isRecord(input) ? (input.answers ?? {}) : {},
      });

  if (!parsed.success || !answers.ok) {
    attempt?.giveBack();
    const fieldErrors = mergeFieldErrors(
      parsed.success ? {} : issuesToFieldErrors(parsed.error.issues),
      answers.ok ? {} : answers.fieldErrors,
    );
    return failure("invalid_input", "Please correct the highlighted fields.", fieldErrors);
  }

  // Decided before the transaction, so a refusal records nothing.
  if (attempt) {
    const refused = attempt.refusal();
    if (refused) {
      // Over one limit: a count taken of the other goes back (a flood from one client does not spend the
      // event's budget).
      attempt.giveBack();
      const earlier = await earlierOrder();
      return earlier ? { ok: true as const, order: earlier } : refused;
    }
  }

  const order = {
    context,
    now,
    input: parsed.data,
    emailNormalised: normaliseEmail(parsed.data.attendee.email),
    answers: answers.answers,
    formattedAnswers: context.formVersion
      ? formatAnswers({
          fields: context.formVersion.fields,
          answers: answers.answers,
          maskPersonal: false,
          timeZone: context.event.timeZone,
        }).map(({ label, value }) => ({ label, value }))
      : [],
  };

  try {
    const placed = await tracedTransaction(db, "place-order", (tx) => writeOrder(tx, order));
    return { ok: true as const, order: placed };
  } catch (error) {
    if (error instanceof OrderRejected) return error.failure;
    // Same key, different email: the advisory locks differ, so the unique index decides. The other
    // transaction committed first; its order is the answer to this retry.
    if (isUniqueViolation(error, "orders_event_idempotency_key")) {
      const earlier = await findByIdempotencyKey({
        db,
        eventId: context.event.id,
        idempotencyKey: parsed.data.idempotencyKey,
      });
      if (earlier) return { ok: true as const, order: earlier };
    }
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orderLines, orders, orderStatusHistory } from "@/db/schema";
import { orderSnapshot } from "@/lib/orders/order-snapshot";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { OrderingContext } from "./load-ordering-context";
import type { OrderInput } from "./order-input";
import { orderingRefusal } from "./ordering-window";
import { generateReference } from "./reference";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { quoteLines, takeStock, type LineFailureKind } from "./reserve-stock";
import { failure, OrderRejected, type PlaceOrderSuccess } from "./results";
import { hashAccessToken, orderAccessToken } from "@/lib/crypto/order-token";

const REFERENCE_ATTEMPTS = 8;

export type OrderToWrite = {
  context: OrderingContext;
  now: Date;
  input: OrderInput;
  emailNormalised: string;
  /** Answers as stored (validated, hidden fields stripped) and as shown in the email. */
  answers: Record<string, unknown>;
  formattedAnswers: { label: string; value: string }[];
};

/**
 * The body of the one order transaction (ARCHITECTURE decision 3). Throws OrderRejected to roll everything
 * back with a result for the attendee; any other error also rolls back and is classified by the caller.
 */
export async function writeOrder(tx: Db, order: OrderToWrite): Promise<PlaceOrderSuccess["order"]> {
  const { event } = order.context;

  // Serialises this attendee's submissions for this event: the idempotency check and the per-attendee
  // count below are decided while no other transaction for the same (event, email) can slip in between.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`order-attendee:${event.id}:${order.emailNormalised}`}, 0))`,
  );

  // One read, after the lock (a statement's snapshot predates the lock it waits for, so this cannot be
  // folded into the locking statement). It decides, inside the transaction: was this submission already
  // placed (a retry)? Does the event still take orders (closed by hand a moment ago)? How many orders does
  // this attendee have? Parameters, not column references: Drizzle leaves columns unqualified here.
  const [state] = await tx
    .select({
      status: events.status,
      timeZone: events.timeZone,
      // The transaction's start, which is also the order's created_at: the email says when it was placed.
      now: sql`now()`.mapWith(orders.createdAt),
      orderingOpensAt: events.orderingOpensAt,
      orderingClosesAt: events.orderingClosesAt,
      maxOrdersPerAttendee: events.maxOrdersPerAttendee,
      existingId: sql<string | null>`(select o.id from ${orders} as o
        where o.event_id = ${event.id} and o.idempotency_key = ${order.input.idempotencyKey})`,
      existingReference: sql<string | null>`(select o.reference from ${orders} as o
        where o.event_id = ${event.id} and o.idempotency_key = ${order.input.idempotencyKey})`,
      activeOrders: sql<number>`(select count(*) from ${orders} as o where o.event_id = ${event.id}
        and o.email_normalised = ${order.emailNormalised} and o.status <> 'cancelled')`.mapWith(Number),
    })
    .from(events)
    .where(eq(events.id, event.id));
  if (state?.existingId && state.existingReference) {
    const id = state.existingId;
    return { id, reference: state.existingReference, token: orderAccessToken(id), created: false };
  }
  if (!state) {
    throw new OrderRejected(
      failure("event_not_found", "This event does not exist or is not open to orders."),
    );
  }
  const refusal = orderingRefusal(state, order.now);
  if (refusal) throw new OrderRejected(refusal);
  if (state.activeOrders >= state.maxOrdersPerAttendee) {
    const message =
      state.maxOrdersPerAttendee === 1
        ? "An order has already been placed with this email address"
        : `You can place at most ${state.maxOrdersPerAttendee} orders with this email address`;
    throw new OrderRejected(failure("attendee_limit", message, { "attendee.email": [message] }));
  }

  const stock = await quoteLines({ tx, eventId: event.id, lines: order.input.lines });
  if (!stock.ok) throw new OrderRejected(stockFailure(stock));

  const id = randomUUID();
  const token = orderAccessToken(id);
  const totalMinor = stock.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
  const reference = await insertOrder(
    tx,
    {
      id,
      eventId: event.id,
      attendeeName: order.input.attendee.name,
      attendeeEmail: order.input.attendee.email,
      emailNormalised: order.emailNormalised,
      answers: order.answers,
      formVersionId: order.context.formVersion?.id ?? null,
      totalMinor,
      currency: event.currency,
      paymentStatus: totalMinor === 0 ? "not_required" : "due_on_collection",
      idempotencyKey: order.input.idempotencyKey,
      accessTokenHash: hashAccessToken(token),
    },
    event.referencePrefix,
  );

  await tx.insert(orderLines).values(
    stock.lines.map((line) => ({
      orderId: id,
      itemId: line.itemId,
      variantId: line.variantId,
      itemName: line.itemName,
      variantLabel: line.variantLabel,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
    })),
  );
  await tx
    .insert(orderStatusHistory)
    .values({ orderId: id, fromStatus: null, toStatus: "placed", actor: "attendee" });
  await enqueueEmail(tx, {
    eventId: event.id,
    template: "order-confirmation",
    to: order.input.attendee.email,
    payload: {
      branding: order.context.branding,
      pickupInfo: order.context.pickupInfo,
      order: {
        ...orderSnapshot({
          order: {
            id,
            reference,
            attendeeName: order.input.attendee.name,
            totalMinor,
            currency: event.currency,
            createdAt: state.now,
          },
          lines: stock.lines,
          timeZone: state.timeZone,
        }),
        answers: order.formattedAnswers,
      },
    },
  });

  // Last, so the popular variant's row lock is held only from here to the commit (see takeStock).
  const taken = await takeStock({ tx, eventId: event.id, lines: order.input.lines });
  if (!taken.ok) throw new OrderRejected(stockFailure(taken));

  return { id, reference, token, created: true };
}

function stockFailure(stock: {
  kinds: Set<LineFailureKind>;
  fieldErrors: FieldErrors;
  stockProblems: string[];
}) {
  const code = stock.kinds.has("invalid")
    ? "invalid_input"
    : stock.kinds.has("unavailable")
      ? "item_unavailable"
      : "sold_out";
  if (code !== "sold_out") {
    return failure(
      code,
      "Some items cannot be ordered as chosen. Please check your order.",
      stock.fieldErrors,
    );
  }
  // Name what ran out ("DevConf t-shirt (L) just sold out."): the page the attendee ordered from showed it.
  const message =
    stock.stockProblems.length > 0
      ? `${stock.stockProblems.join(" ")} Please change your order.`
      : "Some items have sold out or have fewer left than you asked for.";
  return failure(code, message, stock.fieldErrors);
}

/**
 * A reference collision skips the row (ON CONFLICT on the reference only, so the transaction survives) and
 * tries another code. Any other unique violation (the idempotency key) still raises.
 */
export async function insertOrder(
  tx: Db,
  values: Omit<typeof orders.$inferInsert, "reference">,
  prefix: string,
  nextReference: (prefix: string) => string = generateReference,
): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = nextReference(prefix);
    const [row] = await tx
      .insert(orders)
      .values({ ...values, reference })
      .onConflictDoNothing({ target: [orders.eventId, orders.reference] })
      .returning({ id: orders.id });
    if (row) return reference;
  }
  throw new Error(`no free order reference after ${REFERENCE_ATTEMPTS} attempts for prefix ${prefix}`);
}

/** The earlier order of a retried submission, with the same token (derived, never stored). */
export async function findByIdempotencyKey({
  db,
  eventId,
  idempotencyKey,
}: {
  db: Db;
  eventId: string;
  idempotencyKey: string;
}): Promise<PlaceOrderSuccess["order"] | null> {
  const [row] = await db
    .select({ id: orders.id, reference: orders.reference })
    .from(orders)
    .where(and(eq(orders.eventId, eventId), eq(orders.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row
    ? { id: row.id, reference: row.reference, token: orderAccessToken(row.id), created: false }
    : null;
}

import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { localMailbox, outboxMessages, type OutboxMessage } from "@/db/schema";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { InvalidMessageError, MailSendError } from "./errors";
import { messageSchemas } from "@/emails/messages";
import { renderMessage } from "./render";
import type { MailTransport } from "./transport";

export interface DispatchOptions {
  db: Db;
  transport: MailTransport;
  /**
   * The dispatcher's clock. Default: the database's clock, the one authority all instances share (and the one
   * that stamped next_attempt_at on insert). Tests pass a time to move forward to retries.
   */
  now?: Date;
  batchSize?: number;
  /** How long a claimed row stays reserved for this dispatcher; a crashed one's rows are retried after it. */
  leaseMs?: number;
  from?: string;
  maxAttempts?: number;
  /** Only this event's messages: lets an operator flush one event, and keeps parallel tests apart. */
  eventId?: string;
  /** Source of jitter, 0 ≤ x < 1. */
  random?: () => number;
}

export interface DispatchResult {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
}

export const DEFAULT_LEASE_MS = 2 * 60 * 1000;

/**
 * Delay before attempt `attempts + 1`: exponential from outboxBaseBackoffMs, capped at outboxMaxBackoffMs,
 * with jitter in [50%, 100%] of that so dispatchers that failed together do not retry in lockstep.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = limits.outboxBaseBackoffMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(limits.outboxMaxBackoffMs, exponential);
  return Math.round(capped * (0.5 + 0.5 * random()));
}

const EMAIL_LIKE = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g;

/** What goes into last_error and the logs: a code and a message with anything address-like removed. */
function describeFailure(error: unknown): { retryable: boolean; summary: string } {
  if (error instanceof MailSendError) {
    return { retryable: error.retryable, summary: redact(`${error.code}: ${error.message}`) };
  }
  if (error instanceof InvalidMessageError)
    return { retryable: false, summary: redact(`invalid_message: ${error.message}`) };
  // Anything else (database hiccup, render bug fixed by a deploy) may pass: retry within the attempt limit.
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  return { retryable: true, summary: redact(`${name}: ${message}`) };
}

/** Metric label: known template names only, so a bad row cannot add series. */
function templateLabel(template: string): string {
  return Object.hasOwn(messageSchemas, template) ? template : "unknown";
}

function redact(text: string): string {
  return text.replace(EMAIL_LIKE, "[address]").slice(0, 500);
}

/** A time `offsetMs` from now, as a value for queries: a fixed instant, or the database's now(). */
interface Clock {
  at(offsetMs: number): Date | SQL;
}

function clockFor(now: Date | undefined): Clock {
  if (now) return { at: (offsetMs) => new Date(now.getTime() + offsetMs) };
  return { at: (offsetMs) => sql`(now() + make_interval(secs => ${offsetMs / 1000}))` };
}

/**
 * Claims due messages in one short statement: the inner SELECT takes the rows with FOR UPDATE SKIP LOCKED
 * (another dispatcher's rows are skipped, not waited for) and the UPDATE leases them and counts the attempt.
 * The commit happens before any email is sent, so no transaction is held open across the network.
 */
async function claim(options: {
  db: Db;
  clock: Clock;
  batchSize: number;
  leaseMs: number;
  eventId?: string;
}) {
  const { db, clock } = options;
  const now = clock.at(0);
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.status, "pending"),
        lte(outboxMessages.nextAttemptAt, now),
        or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
        options.eventId ? eq(outboxMessages.eventId, options.eventId) : undefined,
      ),
    )
    .orderBy(asc(outboxMessages.nextAttemptAt))
    .limit(options.batchSize)
    .for("update", { skipLocked: true });

  const rows = await db
    .update(outboxMessages)
    .set({
      lockedUntil: clock.at(options.leaseMs),
      attempts: sql`${outboxMessages.attempts} + 1`,
    })
    .where(inArray(outboxMessages.id, due))
    .returning();
  return rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

/**
 * Messages whose recipient is erased once they are sent or given up: the "data erased" notice goes to an address
 * that was erased from everything else already (ADR 026).
 */
const FORGET_RECIPIENT_WHEN_SETTLED = new Set(["data-erased"]);
const ERASED_RECIPIENT = "erased-recipient@erased.invalid";

type Settlement = {
  [K in keyof typeof outboxMessages.$inferInsert]?: (typeof outboxMessages.$inferInsert)[K] | SQL;
};

/**
 * Writes the outcome of one claimed row. `attempts` is the fencing token: if the lease ran out and another
 * dispatcher claimed the row meanwhile, its attempts moved on and this stale update changes nothing.
 */
async function settle(db: Db, row: OutboxMessage, values: Settlement): Promise<boolean> {
  const forget = values.status !== undefined && FORGET_RECIPIENT_WHEN_SETTLED.has(row.template);
  const updated = await db
    .update(outboxMessages)
    .set({ ...values, lockedUntil: null, ...(forget ? { toAddress: ERASED_RECIPIENT } : {}) })
    .where(and(eq(outboxMessages.id, row.id), eq(outboxMessages.attempts, row.attempts)))
    .returning({ id: outboxMessages.id });
  if (updated.length === 0) logger.warn({ messageId: row.id }, "outbox: lease lost before settling");
  if (forget && updated.length > 0) {
    await db
      .update(localMailbox)
      .set({ toAddress: ERASED_RECIPIENT })
      .where(eq(localMailbox.outboxMessageId, row.id));
  }
  return updated.length > 0;
}

/**
 * One round of the outbox: claim due messages, render and send each outside any transaction, then record
 * sent / retry later / dead. The message id is the provider's idempotency key, so a send repeated after a
 * crash or a lost response is delivered once. Safe to run from many processes at once.
 */
export async function dispatchOutbox(options: DispatchOptions): Promise<DispatchResult> {
  const { db, transport } = options;
  const clock = clockFor(options.now);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? limits.outboxMaxAttempts;
  const random = options.random ?? Math.random;
  const from = options.from ?? env().MAIL_FROM;
  const result: DispatchResult = { claimed: 0, sent: 0, retried: 0, dead: 0 };

  const rows = await claim({
    db,
    clock,
    batchSize: options.batchSize ?? limits.outboxBatchSize,
    leaseMs,
    eventId: options.eventId,
  });
  result.claimed = rows.length;
  const started = Date.now();

  for (const [index, row] of rows.entries()) {
    // Slow provider: hand the rest back well before the lease ends rather than risk two senders.
    if (Date.now() - started > leaseMs / 2) {
      for (const rest of rows.slice(index)) {
        await settle(db, rest, { attempts: rest.attempts - 1 });
      }
      logger.warn({ released: rows.length - index }, "outbox: batch took too long, released the rest");
      break;
    }

    let providerMessageId: string;
    try {
      const mail = await renderMessage(row);
      ({ providerMessageId } = await transport.send({
        idempotencyKey: row.id,
        from,
        to: row.toAddress,
        ...mail,
      }));
    } catch (error) {
      const { retryable, summary } = describeFailure(error);
      const log = { messageId: row.id, template: row.template, attempts: row.attempts, lastError: summary };
      const giveUp = !retryable || row.attempts >= maxAttempts;
      metrics.emailsFailed.inc({ template: templateLabel(row.template), dead: String(giveUp) });
      if (row.template.startsWith("supplier-")) metrics.supplierDispatchFailures.inc("email");
      if (giveUp) {
        if (await settle(db, row, { status: "dead", lastError: summary })) result.dead += 1;
        logger.error(log, "outbox: message is dead");
      } else {
        const delayMs = retryDelayMs(row.attempts, random);
        if (await settle(db, row, { nextAttemptAt: clock.at(delayMs), lastError: summary }))
          result.retried += 1;
        logger.warn({ ...log, retryInMs: delayMs }, "outbox: send failed, will retry");
      }
      continue;
    }

    if (await settle(db, row, { status: "sent", sentAt: clock.at(0), providerMessageId, lastError: null }))
      result.sent += 1;
    metrics.emailsSent.inc({ template: templateLabel(row.template) });
    logger.info({ messageId: row.id, template: row.template, attempts: row.attempts }, "outbox: sent");
  }

  if (result.claimed > 0) logger.info({ ...result }, "outbox: round done");
  return result;
}

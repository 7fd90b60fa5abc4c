import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { text } from "@/lib/validation/text";

/**
 * What the mail provider reports after it accepted a message (issue 12): Resend's delivery webhooks
 * (email.delivered, email.delivery_delayed, email.bounced, email.complained), recorded on the outbox row the
 * provider's id names. ADR 032.
 */

export type DeliveryStatus = "delivered" | "delivery_delayed" | "bounced" | "complained";

export type DeliveryReport = {
  status: DeliveryStatus;
  providerMessageId: string;
  occurredAt: Date;
  /** A short reason (bounce type, subtype, message) with any address in it blanked; null when none. */
  detail: string | null;
};

/** Resend's event names for the reports recorded; every other event type is acknowledged and ignored. */
const RESEND_TYPES: Record<string, DeliveryStatus> = {
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.bounced": "bounced",
  "email.complained": "complained",
};

const DETAIL_MAX = 300;

const envelope = z.object({
  type: text().min(1).max(100),
  created_at: text().max(100).optional(),
  data: z.record(text(), z.unknown()),
});

const emailData = z.object({
  email_id: text().min(1).max(200),
  created_at: text().max(100).optional(),
  bounce: z
    .object({
      type: text().max(200).optional(),
      subType: text().max(200).optional(),
      message: text().max(5_000).optional(),
    })
    .optional(),
});

export type ParsedWebhook =
  | { ok: true; report: DeliveryReport }
  | { ok: true; report: null; ignoredType: string }
  | { ok: false; message: string };

/**
 * The report in a verified webhook body (already JSON-decoded). A body that is not a Resend event, or a
 * known event without an email id, is refused (the route answers 400); an event type this app does not
 * record (email.sent, email.opened, contact.created…) is ignored, so the provider stops retrying it.
 */
export function parseResendWebhook(body: unknown, now: Date = new Date()): ParsedWebhook {
  const outer = envelope.safeParse(body);
  if (!outer.success) return { ok: false, message: "not a Resend event: expected { type, data }" };
  const status = RESEND_TYPES[outer.data.type];
  if (!status) return { ok: true, report: null, ignoredType: outer.data.type };
  const data = emailData.safeParse(outer.data.data);
  if (!data.success) return { ok: false, message: `${outer.data.type} without a valid data.email_id` };
  return {
    ok: true,
    report: {
      status,
      providerMessageId: data.data.email_id,
      occurredAt: validDate(outer.data.created_at) ?? validDate(data.data.created_at) ?? now,
      detail: detailOf(status, data.data.bounce),
    },
  };
}

function validDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Bounce messages quote the refused address ("550 5.1.1 <jane@example.com>: user unknown"): the reason is
// shown to the team and kept with the message, the address is personal data that does not belong there.
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

function detailOf(
  status: DeliveryStatus,
  bounce: { type?: string; subType?: string; message?: string } | undefined,
): string | null {
  if (status === "complained") return "marked as spam by the recipient";
  if (status !== "bounced" || !bounce) return null;
  const kind = [bounce.type, bounce.subType].filter(Boolean).join("/");
  const message = bounce.message?.replace(ADDRESS, "[address]").replace(/\s+/g, " ").trim();
  const detail = [kind, message].filter(Boolean).join(": ");
  if (!detail) return null;
  return detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 1)}…` : detail;
}

/**
 * How far along a message is. A report only replaces a lower one, so reports may arrive in any order and
 * any number of times: a late "delayed" never hides "delivered", and a bounce or complaint is final (the
 * first of them wins) — nothing overwrites it.
 */
const RANK: Record<DeliveryStatus, number> = {
  delivery_delayed: 1,
  delivered: 2,
  bounced: 3,
  complained: 3,
};

/** The statuses a report of the given status may replace (null: no report yet). */
function replaceable(status: DeliveryStatus): DeliveryStatus[] {
  return (Object.keys(RANK) as DeliveryStatus[]).filter((s) => RANK[s] < RANK[status]);
}

export type RecordOutcome = "recorded" | "unchanged" | "unknown_message";

/**
 * Records a report on the outbox message the provider's id names. One conditional UPDATE: under
 * concurrent reports for one message Postgres re-checks the condition on the locked row, so the higher
 * status wins whatever the order. `unknown_message`: no message has that id (another app's mail on the
 * same Resend account, or a message since erased).
 */
export async function recordDeliveryReport({
  db,
  report,
}: {
  db: Db;
  report: DeliveryReport;
}): Promise<{ outcome: RecordOutcome; messageIds: string[] }> {
  const lower = replaceable(report.status);
  const updated = await db
    .update(outboxMessages)
    .set({
      deliveryStatus: report.status,
      deliveryStatusAt: report.occurredAt,
      deliveryDetail: report.detail,
    })
    .where(
      and(
        eq(outboxMessages.providerMessageId, report.providerMessageId),
        lower.length > 0
          ? or(isNull(outboxMessages.deliveryStatus), inArray(outboxMessages.deliveryStatus, lower))
          : isNull(outboxMessages.deliveryStatus),
      ),
    )
    .returning({ id: outboxMessages.id });
  if (updated.length > 0) return { outcome: "recorded", messageIds: updated.map((r) => r.id) };
  const [known] = await db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(eq(outboxMessages.providerMessageId, report.providerMessageId))
    .limit(1);
  return known
    ? { outcome: "unchanged", messageIds: [known.id] }
    : { outcome: "unknown_message", messageIds: [] };
}

/**
 * SQL: the outbox message (by its alias in the query) failed — the provider refused it (`dead`) or reported it bounced or
 * complained about after accepting it. One definition for the alert sweep, the badge and the history.
 */
export function failedMessageSql(alias: "m" | "outbox_messages") {
  return sql.raw(`(${alias}.status = 'dead' or ${alias}.delivery_status in ('bounced', 'complained'))`);
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { recordAudit } from "@/lib/audit/record";
import { keepNonPersonalAnswers } from "./personal-answers";
import { scrubOutboxForOrders, type ScrubCounts } from "./scrub-outbox";

export type ErasureReason = "retention" | "attendee_request" | "owner_request";

/** Which orders: a list, an event's, or one attendee's (by email) across an organisation's events. */
export type ErasureSelector = { orderIds: string[] } | { eventId: string } | { orgId: string; email: string };

/** Who asked: the retention job, the attendee (my-order link) or a member of the team. */
export type ErasureActor = { kind: "system" } | { kind: "attendee" } | { kind: "user"; userId: string };

export type ErasureTotals = ScrubCounts & {
  orders: number;
  batches: number;
  answersRemoved: number;
  notesDeleted: number;
  historyNotesCleared: number;
};

export type ErasureOptions = {
  selector: ErasureSelector;
  reason: ErasureReason;
  actor: ErasureActor;
  /** Orders per transaction. */
  batchSize?: number;
  /** Tests only: runs inside each batch's transaction after the writes, before the commit (kill mid-batch). */
  beforeCommit?: (orderIds: string[]) => Promise<void> | void;
};

type Claimed = {
  id: string;
  event_id: string;
  org_id: string;
  reference: string;
  answers: Record<string, unknown>;
  form_version_id: string | null;
};

const DEFAULT_BATCH = 500;

const uuidList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

function selectorCondition(selector: ErasureSelector): SQL {
  if ("orderIds" in selector) return sql`o.id in (${uuidList(selector.orderIds)})`;
  if ("eventId" in selector) return sql`o.event_id = ${selector.eventId}::uuid`;
  return sql`e.org_id = ${selector.orgId}::uuid and o.email_normalised = ${selector.email.trim().toLowerCase()}`;
}

/**
 * Erases the personal data of the selected orders (issue 13, ADR 026): the attendee's name and email, every
 * answer of a personal or free-text field, the notes and status-history notes the team wrote about them, and
 * the personal data copied into outbox messages (attendee and supplier mail) and the local mailbox.
 *
 * Batches of orders are claimed with FOR UPDATE SKIP LOCKED and erased in one transaction each, so an order is
 * either fully erased or untouched, two runs never wait on or repeat each other's orders, and a run that dies
 * halfway is finished by the next one. Already erased orders are never selected again (idempotent).
 */
export async function eraseOrdersPersonalData(db: Db, options: ErasureOptions): Promise<ErasureTotals> {
  if ("orderIds" in options.selector && options.selector.orderIds.length === 0) return emptyTotals();
  const totals = emptyTotals();
  const formCache = new Map<string, FieldDefinition[] | null>();
  for (;;) {
    const batch = await db.transaction((tx) => eraseBatch(tx, options, formCache));
    if (batch.orders === 0) break;
    totals.batches += 1;
    totals.orders += batch.orders;
    totals.answersRemoved += batch.answersRemoved;
    totals.notesDeleted += batch.notesDeleted;
    totals.historyNotesCleared += batch.historyNotesCleared;
    totals.attendeeMessages += batch.attendeeMessages;
    totals.supplierMessages += batch.supplierMessages;
    totals.mailboxCopies += batch.mailboxCopies;
    if ("orderIds" in options.selector && batch.orders >= options.selector.orderIds.length) break;
  }
  return totals;
}

function emptyTotals(): ErasureTotals {
  return {
    orders: 0,
    batches: 0,
    answersRemoved: 0,
    notesDeleted: 0,
    historyNotesCleared: 0,
    attendeeMessages: 0,
    supplierMessages: 0,
    mailboxCopies: 0,
  };
}

async function formFields(
  tx: Db,
  cache: Map<string, FieldDefinition[] | null>,
  versionIds: string[],
): Promise<void> {
  const missing = [...new Set(versionIds)].filter((id) => !cache.has(id));
  if (missing.length === 0) return;
  const result = await tx.execute<{ id: string; fields: FieldDefinition[] }>(
    sql`select id, fields from form_versions where id in (${uuidList(missing)})`,
  );
  for (const row of result.rows) cache.set(row.id, row.fields);
  for (const id of missing) if (!cache.has(id)) cache.set(id, null);
}

async function eraseBatch(
  tx: Db,
  options: ErasureOptions,
  formCache: Map<string, FieldDefinition[] | null>,
): Promise<Omit<ErasureTotals, "batches">> {
  const claimed = await tx.execute<Claimed>(sql`
    select o.id, o.event_id, e.org_id, o.reference, o.answers, o.form_version_id
    from orders o join events e on e.id = o.event_id
    where o.erased_at is null and ${selectorCondition(options.selector)}
    order by o.id
    limit ${options.batchSize ?? DEFAULT_BATCH}
    for update of o skip locked`);
  const rows = claimed.rows;
  if (rows.length === 0) return { ...emptyTotals(), orders: 0 };
  const ids = rows.map((r) => r.id);

  await formFields(
    tx,
    formCache,
    rows.flatMap((r) => (r.form_version_id ? [r.form_version_id] : [])),
  );
  let answersRemoved = 0;
  const updates = rows.map((r) => {
    const fields = r.form_version_id ? (formCache.get(r.form_version_id) ?? null) : null;
    const { kept, removed } = keepNonPersonalAnswers(fields, r.answers ?? {});
    answersRemoved += removed;
    return { id: r.id, answers: kept };
  });

  // The email placeholder is erasedEmail(id) of placeholders.ts, built in SQL to keep this one statement.
  await tx.execute(sql`
    update orders o set
      attendee_name = 'Erased',
      attendee_email = 'erased+' || o.id::text || '@erased.invalid',
      email_normalised = 'erased+' || o.id::text || '@erased.invalid',
      answers = x.answers,
      erased_at = now(),
      erasure_reason = ${options.reason},
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as x(id uuid, answers jsonb)
    where o.id = x.id`);

  // Team-written text about the attendee: internal notes go, status notes are cleared (the transitions stay).
  const notes = await tx.execute(sql`delete from order_notes where order_id in (${uuidList(ids)})`);
  const history = await tx.execute(
    sql`update order_status_history set note = null where order_id in (${uuidList(ids)}) and note is not null`,
  );

  const scrubbed = await scrubOutboxForOrders(tx, rows);

  const result = {
    orders: rows.length,
    answersRemoved,
    notesDeleted: notes.rowCount ?? 0,
    historyNotesCleared: history.rowCount ?? 0,
    ...scrubbed,
  };

  // One audit entry per organisation in the batch: who, why and how many, never whose.
  const byOrg = new Map<string, { orders: number; events: Set<string> }>();
  for (const r of rows) {
    const entry = byOrg.get(r.org_id) ?? { orders: 0, events: new Set<string>() };
    entry.orders += 1;
    entry.events.add(r.event_id);
    byOrg.set(r.org_id, entry);
  }
  for (const [orgId, entry] of byOrg) {
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actor.kind === "user" ? options.actor.userId : null,
      action: "privacy.orders_erased",
      targetType: entry.events.size === 1 ? "event" : "organisation",
      targetId: entry.events.size === 1 ? [...entry.events][0] : orgId,
      details: {
        reason: options.reason,
        actor: options.actor.kind,
        orders: entry.orders,
        ...(byOrg.size === 1
          ? {
              answersRemoved,
              notesDeleted: result.notesDeleted,
              messagesScrubbed: scrubbed.attendeeMessages + scrubbed.supplierMessages,
            }
          : {}),
      },
    });
  }

  await options.beforeCommit?.(ids);
  return result;
}

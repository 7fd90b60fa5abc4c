import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ERASED_MAIL_BODY, ERASED_NAME, ERASED_TEXT, erasedEmail } from "./placeholders";

export type ScrubCounts = { attendeeMessages: number; supplierMessages: number; mailboxCopies: number };

type MessageRow = {
  id: string;
  template: string;
  status: "pending" | "sent" | "dead";
  payload: Record<string, unknown>;
  order_id: string;
};

/** Sent to the attendee after the erasure: keeps its address until sent (ADR 026, lib/mail/dispatcher.ts). */
const KEPT_UNTIL_SENT = "data-erased";

const uuidList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
const textList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Removes the erased orders' personal data from the mail they caused: the attendee's messages lose the
 * address, the name and the answers (a pending one can no longer be sent and is given up); a supplier's
 * messages keep the order's lines but lose the shared answers of those orders. Stored copies in the local
 * mailbox follow. Runs inside the erasure batch's transaction.
 */
export async function scrubOutboxForOrders(
  tx: Db,
  orders: readonly { id: string; event_id: string; reference: string }[],
): Promise<ScrubCounts> {
  const ids = orders.map((o) => o.id);
  const eventIds = [...new Set(orders.map((o) => o.event_id))];

  // Attendee mail names the order in its payload (found through the index on the order id), or lists it
  // in an "order-link" resend (few, found through the event).
  const single = await tx.execute<MessageRow>(sql`
    select m.id, m.template, m.status, m.payload, m.payload #>> '{order,orderId}' as order_id
    from outbox_messages m
    where (m.payload #>> '{order,orderId}') in (${textList(ids)}) and m.template <> ${KEPT_UNTIL_SENT}`);
  const links = await tx.execute<MessageRow>(sql`
    select m.id, m.template, m.status, m.payload, l.order_id
    from outbox_messages m
    cross join lateral (
      select x->>'orderId' as order_id from jsonb_array_elements(m.payload->'orders') x
      where x->>'orderId' in (${textList(ids)}) limit 1) l
    where m.template = 'order-link' and m.event_id in (${uuidList(eventIds)})`);
  const attendee = { rows: [...single.rows, ...links.rows] };

  const attendeeUpdates = attendee.rows.map((m) => ({
    id: m.id,
    to: erasedEmail(m.order_id),
    payload: scrubAttendeePayload(m.payload),
    giveUp: m.status === "pending",
  }));
  if (attendeeUpdates.length > 0) {
    await tx.execute(sql`
      update outbox_messages m set
        to_address = x.to,
        payload = x.payload,
        last_error = case when x.give_up then 'Personal data erased before sending' else null end,
        status = case when x.give_up then 'dead'::outbox_status else m.status end
      from jsonb_to_recordset(${JSON.stringify(attendeeUpdates.map((u) => ({ ...u, give_up: u.giveUp })))}::jsonb)
        as x(id uuid, "to" text, payload jsonb, give_up boolean)
      where m.id = x.id`);
  }

  // Supplier mail is found through the dispatch lines of these orders; only those orders' values go.
  const references = new Set(orders.map((o) => o.reference));
  const supplier = await tx.execute<MessageRow>(sql`
    select distinct m.id, m.template, m.status, m.payload, ''::text as order_id
    from supplier_dispatch_lines dl
    join supplier_dispatch_messages sm on sm.dispatch_id = dl.dispatch_id
    join outbox_messages m on m.id = sm.outbox_message_id
    where dl.order_id in (${uuidList(ids)})`);
  const removedValues = new Map<string, string[]>();
  const supplierUpdates = supplier.rows.flatMap((m) => {
    const { payload, removed } = scrubSupplierPayload(m.template, m.payload, references);
    if (removed.length === 0) return [];
    removedValues.set(m.id, removed);
    return [{ id: m.id, payload }];
  });
  if (supplierUpdates.length > 0) {
    await tx.execute(sql`
      update outbox_messages m set payload = x.payload, last_error = null
      from jsonb_to_recordset(${JSON.stringify(supplierUpdates)}::jsonb) as x(id uuid, payload jsonb)
      where m.id = x.id`);
  }

  const mailboxCopies = await scrubLocalMailbox(
    tx,
    attendeeUpdates.map((u) => ({ id: u.id, to: u.to })),
    removedValues,
  );
  return {
    attendeeMessages: attendeeUpdates.length,
    supplierMessages: supplierUpdates.length,
    mailboxCopies,
  };
}

function scrubAttendeePayload(payload: Record<string, unknown>): Record<string, unknown> {
  const order = payload.order as Record<string, unknown> | undefined;
  if (!order) return payload;
  return {
    ...payload,
    order: { ...order, attendeeName: ERASED_NAME, ...("answers" in order ? { answers: [] } : {}) },
  };
}

type SharedAnswer = { label: string; value: string };
type BatchLine = { reference: string; values: string[] };

/** The supplier payload without the erased orders' shared values, and the values removed (for stored copies). */
export function scrubSupplierPayload(
  template: string,
  payload: Record<string, unknown>,
  references: ReadonlySet<string>,
): { payload: Record<string, unknown>; removed: string[] } {
  const removed: string[] = [];
  const erase = (value: string) => {
    if (value === "" || value === ERASED_TEXT) return value;
    removed.push(value);
    return ERASED_TEXT;
  };
  if (template === "supplier-order") {
    const order = payload.order as { reference: string; shared: SharedAnswer[] } | undefined;
    if (!order || !references.has(order.reference)) return { payload, removed };
    const shared = order.shared.map((a) => ({ ...a, value: erase(a.value) }));
    return { payload: { ...payload, order: { ...order, shared } }, removed };
  }
  if (template === "supplier-batch") {
    const lines = (payload.lines as BatchLine[] | undefined) ?? [];
    const scrubbed = lines.map((line) =>
      references.has(line.reference) ? { ...line, values: line.values.map(erase) } : line,
    );
    return { payload: { ...payload, lines: scrubbed }, removed };
  }
  return { payload, removed };
}

function htmlEscapes(value: string): string[] {
  const basic = value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return [value, basic, basic.replace(/'/g, "&#x27;"), basic.replace(/'/g, "&#39;")];
}

function replaceAll(text: string, values: readonly string[]): string {
  let out = text;
  // Longest first, so a value that contains another is replaced whole.
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    for (const form of new Set([...htmlEscapes(value), `"${value.replace(/"/g, '""')}"`])) {
      out = out.split(form).join(ERASED_TEXT);
    }
  }
  return out;
}

type MailboxRow = {
  id: string;
  outbox_message_id: string;
  html: string;
  text: string;
  attachments: { filename: string; contentType: string; contentBase64: string }[];
};

/**
 * The local mailbox (development) keeps rendered copies. An attendee's copy is replaced whole; a supplier's
 * batch copy carries other orders too, so only the removed values are cut out of its body and CSV.
 */
async function scrubLocalMailbox(
  tx: Db,
  attendee: readonly { id: string; to: string }[],
  supplierValues: ReadonlyMap<string, string[]>,
): Promise<number> {
  let count = 0;
  if (attendee.length > 0) {
    const updated = await tx.execute(sql`
      update local_mailbox b set to_address = x.to, html = ${ERASED_MAIL_BODY}, text = ${ERASED_MAIL_BODY},
        attachments = '[]'::jsonb
      from jsonb_to_recordset(${JSON.stringify(attendee)}::jsonb) as x(id uuid, "to" text)
      where b.outbox_message_id = x.id`);
    count += updated.rowCount ?? 0;
  }
  if (supplierValues.size === 0) return count;
  const copies = await tx.execute<MailboxRow>(sql`
    select id, outbox_message_id, html, text, attachments from local_mailbox
    where outbox_message_id in (${uuidList([...supplierValues.keys()])})`);
  const updates = copies.rows.map((row) => {
    const values = supplierValues.get(row.outbox_message_id) ?? [];
    return {
      id: row.id,
      html: replaceAll(row.html, values),
      text: replaceAll(row.text, values),
      attachments: row.attachments.map((a) => ({
        ...a,
        contentBase64: Buffer.from(
          replaceAll(Buffer.from(a.contentBase64, "base64").toString("utf8"), values),
          "utf8",
        ).toString("base64"),
      })),
    };
  });
  if (updates.length > 0) {
    await tx.execute(sql`
      update local_mailbox b set html = x.html, text = x.text, attachments = x.attachments
      from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as x(id uuid, html text, text text, attachments jsonb)
      where b.id = x.id`);
  }
  return count + updates.length;
}

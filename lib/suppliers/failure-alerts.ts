import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages, supplierDispatches, supplierDispatchMessages } from "@/db/schema";
import { deliveryLabel } from "@/lib/mail/delivery-label";
import { failedMessageSql } from "@/lib/mail/delivery-reports";
import { enqueueEmail } from "@/lib/mail/outbox";
import { loadBranding } from "@/lib/orders/order-details";

type DeadSupplierMail = {
  message_id: string;
  to_address: string;
  status: string;
  delivery_status: string | null;
  delivery_detail: string | null;
  dispatch_kind: "immediate" | "batch";
  orders: number;
  supplier_name: string;
  event_id: string;
  event_name: string;
  event_slug: string;
  org_id: string;
};

/** At most this many failures are alerted per run; the rest wait for the next sweep. */
const ALERTS_PER_RUN = 50;

/**
 * A supplier email that failed — the provider refused it (the outbox gave up: `dead`), or accepted it and
 * then reported a bounce or a spam complaint (its delivery webhook, ADR 032) — is told to the event's owners and
 * organisers (issue 12): one alert email each, through the outbox, once per failed message. Runs in the
 * supplier sweep; a transaction-scoped advisory lock makes two concurrent sweeps take turns, and the
 * second finds the alerts the first wrote (the failed message's id is in each alert's payload), so an alert
 * is never sent twice. Other suppliers' emails are untouched: the outbox keeps sending them.
 */
export async function alertFailedSupplierEmails({ db }: { db: Db }): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('swagstand:supplier-failure-alerts'))`);
    const dead = await tx.execute<DeadSupplierMail>(sql`
      select m.id as message_id, m.to_address, m.status, m.delivery_status, m.delivery_detail, d.kind as dispatch_kind,
             (select count(distinct l.order_id)::int from supplier_dispatch_lines l where l.dispatch_id = d.id) as orders,
             s.name as supplier_name, e.id as event_id, e.name as event_name, e.slug as event_slug, e.org_id
      from ${outboxMessages} m
      join ${supplierDispatchMessages} dm on dm.outbox_message_id = m.id
      join ${supplierDispatches} d on d.id = dm.dispatch_id
      join suppliers s on s.id = d.supplier_id
      join events e on e.id = d.event_id
      where ${failedMessageSql("m")}
        and not exists (
          select 1 from outbox_messages a
          where a.template = 'supplier-email-failed' and a.event_id = e.id
            and a.payload->>'failedMessageId' = m.id::text
        )
      order by m.created_at
      limit ${ALERTS_PER_RUN}`);
    let alerts = 0;
    for (const row of dead.rows) {
      const team = await tx.execute<{ email: string }>(sql`
        select distinct u.email from memberships ms join users u on u.id = ms.user_id
        where ms.org_id = ${row.org_id} and ms.role in ('owner', 'organiser') and u.email is not null`);
      const { branding } = await loadBranding({
        db: tx,
        event: { id: row.event_id, name: row.event_name, slug: row.event_slug },
      });
      for (const { email } of team.rows) {
        await enqueueEmail(tx, {
          eventId: row.event_id,
          template: "supplier-email-failed",
          to: email,
          payload: {
            branding,
            supplierName: row.supplier_name,
            supplierAddress: row.to_address,
            failedMessageId: row.message_id,
            // A bounce's reason ("bounced: Permanent/General: …"); a refusal at send time says "refused".
            ...(row.status === "dead"
              ? {}
              : {
                  reason: deliveryLabel({
                    status: row.status,
                    deliveryStatus: row.delivery_status,
                    deliveryDetail: row.delivery_detail,
                  }),
                }),
            what:
              row.dispatch_kind === "batch"
                ? `the list of ${row.orders} ${row.orders === 1 ? "order" : "orders"}`
                : "a new order",
            suppliersPath: `/dashboard/${row.org_id}/events/${row.event_id}/suppliers`,
          },
        });
        alerts += 1;
      }
    }
    return alerts;
  });
}

/** How many supplier emails of the event failed: the badge on the event's Suppliers tab. */
export async function failedSupplierEmailCount({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(supplierDispatchMessages)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchMessages.dispatchId))
    .innerJoin(outboxMessages, eq(outboxMessages.id, supplierDispatchMessages.outboxMessageId))
    .where(and(eq(supplierDispatches.eventId, eventId), failedMessageSql("outbox_messages")));
  return row?.n ?? 0;
}

import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * A fingerprint of everything that belongs to the given organisations, table by table: the rows'
 * text, hashed. Scoped by organisation because other test files write to the same database meanwhile.
 * A refused action must leave it identical.
 */
const scopedTables: Record<string, string> = {
  organisations: "select t.* from organisations t where t.id = any($orgs)",
  memberships: "select t.* from memberships t where t.org_id = any($orgs)",
  invitations: "select t.* from invitations t where t.org_id = any($orgs)",
  audit_entries: "select t.* from audit_entries t where t.org_id = any($orgs)",
  blobs: "select t.* from blobs t where t.org_id = any($orgs)",
  events: "select t.* from events t where t.org_id = any($orgs)",
  event_pages: "select t.* from event_pages t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  form_versions:
    "select t.* from form_versions t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  form_drafts: "select t.* from form_drafts t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  page_drafts: "select t.* from page_drafts t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  items: "select t.* from items t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  variants: "select t.* from variants t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  stock_adjustments:
    "select t.* from stock_adjustments t join variants v on v.id = t.variant_id join events e on e.id = v.event_id where e.org_id = any($orgs)",
  orders: "select t.* from orders t join events e on e.id = t.event_id where e.org_id = any($orgs)",
  order_lines:
    "select t.* from order_lines t join orders o on o.id = t.order_id join events e on e.id = o.event_id where e.org_id = any($orgs)",
  order_status_history:
    "select t.* from order_status_history t join orders o on o.id = t.order_id join events e on e.id = o.event_id where e.org_id = any($orgs)",
  order_notes:
    "select t.* from order_notes t join orders o on o.id = t.order_id join events e on e.id = o.event_id where e.org_id = any($orgs)",
  suppliers: "select t.* from suppliers t where t.org_id = any($orgs)",
  item_suppliers:
    "select t.* from item_suppliers t join suppliers s on s.id = t.supplier_id where s.org_id = any($orgs)",
  supplier_shared_fields:
    "select t.* from supplier_shared_fields t join suppliers s on s.id = t.supplier_id where s.org_id = any($orgs)",
  supplier_dispatches: "select t.* from supplier_dispatches t where t.org_id = any($orgs)",
  supplier_links:
    "select t.* from supplier_links t join suppliers s on s.id = t.supplier_id where s.org_id = any($orgs)",
  outbox_messages:
    "select t.* from outbox_messages t join events e on e.id = t.event_id where e.org_id = any($orgs)",
};

export async function snapshotOrganisations(db: Db, orgIds: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const orgs = `{${orgIds.join(",")}}`;
  for (const [table, query] of Object.entries(scopedTables)) {
    const [head, tail] = query.split("$orgs");
    const result = await db.execute<{ n: number; digest: string | null }>(
      sql`select count(*)::int as n, md5(string_agg(r::text, '|' order by r::text)) as digest
          from (${sql.raw(head!)}${orgs}::uuid[]${sql.raw(tail!)}) r`,
    );
    const row = result.rows[0];
    out[table] = `${row?.n ?? 0}:${row?.digest ?? "-"}`;
  }
  return out;
}

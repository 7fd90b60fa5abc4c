import { getOrgEvent } from "@/lib/events/org-event";
/**
 * The organiser's orders table and CSV export at 100,000 orders in one event (issue 3, "Benchmark"):
 * p50/p95 of the table's queries (first page, filtered page, name search, item filter, deep page) through
 * the same code the loader runs, and the export's total time and peak memory. `--explain` also prints the
 * EXPLAIN (ANALYZE, BUFFERS) plans quoted in ADR 007.
 *
 *   npm run bench -- orders            (its own throwaway embedded Postgres; no build needed)
 *   npm run bench -- orders --explain
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { startLocalPostgres } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { exportOrdersCsv } from "@/lib/orders/manage/export-csv";
import {
  buildOrderPageQuery,
  listOrders,
  selectOrderPage,
  type DashboardEvent,
} from "@/lib/orders/manage/list-orders";
import { parseOrderFilters, type OrderFilters } from "@/lib/orders/manage/order-filters";
import { createOrderFixture, type OrderFixture } from "@/lib/orders/test-fixtures";
import { benchOrdersDashboardHttp } from "./orders-dashboard-http";
import { fmt, summarise } from "./stats";

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/**
 * Seeds `count` orders into the fixture's event in two INSERT … SELECT generate_series statements (orders,
 * then one or two lines each), which takes seconds rather than minutes. Names, emails and statuses vary
 * so searches and filters have realistic selectivity; created_at is truncated to the second, so many
 * orders share a timestamp (the keyset's tie-breaker is exercised too).
 */
export async function seedOrders(db: Db, fixture: OrderFixture, count: number): Promise<void> {
  const eventId = fixture.event.id;
  const prefix = fixture.event.referencePrefix;
  await db.execute(sql`
    insert into orders (event_id, reference, status, attendee_name, attendee_email, email_normalised, answers,
                        form_version_id, total_minor, currency, idempotency_key, access_token_hash, created_at, updated_at)
    select ${eventId}::uuid,
           ${prefix} || '-' || lpad(upper(to_hex(i)), 6, '0'),
           (array['placed','placed','placed','confirmed','confirmed','sent_to_supplier','ready_for_pickup',
                  'collected','shipped','cancelled'])[1 + (i * 7) % 10]::order_status,
           first || ' ' || last,
           lower(first) || '.' || lower(last) || i || '@example.com',
           lower(first) || '.' || lower(last) || i || '@example.com',
           jsonb_build_object('dietary_needs', (array['None','Vegetarian','Vegan','No nuts'])[1 + i % 4],
                              'phone', '+31 6 ' || lpad(i::text, 8, '0')),
           ${fixture.formVersionId}::uuid,
           0, 'EUR', gen_random_uuid(), md5(${eventId} || i::text),
           ts, ts
      from generate_series(1, ${count}) as i,
           lateral (select (array['Ada','Grace','Alan','Edsger','Barbara','Donald','Margaret','Ken','Radia',
                                  'Linus','Frances','John','Hedy','Tim','Sophie','Niklaus'])[1 + (i * 13) % 16] as first,
                           (array['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Hamilton','Thompson',
                                  'Perlman','Torvalds','Allen','Backus','Lamarr','Berners-Lee','Wilson','Wirth',
                                  'Ritchie','Kay','Goldberg','Hoare'])[1 + (i * 7) % 20] || (i % 97) as last,
                           date_trunc('second', timestamptz '2025-05-01 08:00+00' + (i * interval '25 seconds')) as ts) as p
  `);
  const variantIds = fixture.variants.map((v) => v.id);
  const variants = sql.raw(`array[${variantIds.map((id) => `'${id}'::uuid`).join(",")}]`);
  await db.execute(sql`
    insert into order_lines (order_id, item_id, variant_id, quantity, unit_price_minor, item_name, variant_label)
    select o.id, v.item_id, v.id, 1, 0, i.name, v.label
      from orders o
      cross join lateral (
        select unnest(case when hashtext(o.reference) % 3 = 0
                           then array[(${variants})[1 + abs(hashtext(o.reference)) % ${variantIds.length}],
                                      (${variants})[1 + abs(hashtext(o.reference || 'x')) % ${variantIds.length}]]
                           else array[(${variants})[1 + abs(hashtext(o.reference)) % ${variantIds.length}]] end) as vid
      ) pick
      join variants v on v.id = pick.vid
      join items i on i.id = v.item_id
     where o.event_id = ${eventId}
    on conflict do nothing
  `);
  await db.execute(sql`analyze orders`);
  await db.execute(sql`analyze order_lines`);
}

export async function createOrdersBenchEvent(db: Db): Promise<OrderFixture> {
  return createOrderFixture(db, {
    referencePrefix: "BEN",
    timeZone: "Europe/Amsterdam",
    items: [
      {
        name: "T-shirt",
        variants: ["XS", "S", "M", "L", "XL", "XXL"].map((label) => ({ label, stock: 1_000_000 })),
      },
      { name: "Hoodie", variants: ["S", "M", "L"].map((label) => ({ label, stock: 1_000_000 })) },
      { name: "Socks", variants: [{ label: "One size", stock: 1_000_000 }] },
      { name: "Breakfast", variants: [{ label: "Ticket", stock: 1_000_000 }] },
    ],
  });
}

type Scenario = { name: string; filters: OrderFilters };

async function scenarios(db: Db, fixture: OrderFixture): Promise<Scenario[]> {
  // The deep page: a cursor 90,000 rows into the newest-first order.
  const deep = await db.execute<{ id: string }>(
    sql`select id from orders where event_id = ${fixture.event.id} order by created_at desc, id desc offset 90000 limit 1`,
  );
  const deepId = deep.rows[0]?.id ?? randomUUID();
  const socks = fixture.items.find((i) => i.name === "Socks")!.id;
  return [
    { name: "first page (newest)", filters: parseOrderFilters({}) },
    { name: "status filter (confirmed)", filters: parseOrderFilters({ status: "confirmed" }) },
    { name: "search by name (“hopper”)", filters: parseOrderFilters({ q: "hopper" }) },
    { name: "search by email (one hit)", filters: parseOrderFilters({ q: "12345@example" }) },
    { name: "item filter (socks)", filters: parseOrderFilters({ item: socks }) },
    { name: "deep page (90,000 rows in)", filters: parseOrderFilters({ cursor: `after.${deepId}` }) },
    { name: "sort by name", filters: parseOrderFilters({ sort: "name" }) },
  ];
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function explain(db: Db, event: DashboardEvent, scenario: Scenario): Promise<string> {
  const { sql: text, params } = buildOrderPageQuery({
    db,
    event,
    query: scenario.filters,
    canSeePersonal: true,
    cursor: scenario.filters.cursor,
    limit: scenario.filters.size,
  }).toSQL();
  const handle = db as unknown as {
    $client: { query: (q: string, p: unknown[]) => Promise<{ rows: Record<string, string>[] }> };
  };
  const result = await handle.$client.query(`explain (analyze, buffers) ${text}`, params);
  return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
}

/** Runs the section against a database that is already migrated (the full bench's, or a throwaway one). */
export async function benchOrdersDashboard({
  url,
  count = Number(process.env.BENCH_ORDERS ?? 100_000),
  iterations = Number(process.env.BENCH_ORDERS_ITERATIONS ?? 100),
  withExplain = false,
  httpBase,
}: {
  url: string;
  count?: number;
  iterations?: number;
  withExplain?: boolean;
  /** A production server on the same database: also time the real page and export over HTTP. */
  httpBase?: string;
}): Promise<void> {
  const handle = createDb({ url, driver: "node-postgres", max: 4 });
  const { db } = handle;
  try {
    const fixture = await createOrdersBenchEvent(db);
    const seedMs = await time(() => seedOrders(db, fixture, count));
    line(`seeded orders (INSERT … SELECT)`, `${count.toLocaleString("en")} in ${fmt(seedMs / 1000, 1)} s`);
    const event = await getOrgEvent({ db, orgId: fixture.event.orgId, eventId: fixture.event.id });
    const [actor] = await db
      .insert(users)
      .values({ email: `bench-${randomUUID().slice(0, 8)}@example.com`, name: "Bench organiser" })
      .returning();
    if (!actor) throw new Error("bench: no user");

    for (const scenario of await scenarios(db, fixture)) {
      const run = () => listOrders({ db, event, filters: scenario.filters, canSeePersonal: true });
      for (let i = 0; i < 5; i++) await run(); // warm the cache and the plan
      const latencies: number[] = [];
      let rows = 0;
      for (let i = 0; i < iterations; i++) {
        const start = performance.now();
        rows = (await run()).rows.length;
        latencies.push(performance.now() - start);
      }
      const s = summarise(latencies);
      const pageOnly: number[] = [];
      for (let i = 0; i < iterations; i++) {
        pageOnly.push(
          await time(() =>
            selectOrderPage({
              db,
              event,
              query: scenario.filters,
              canSeePersonal: true,
              cursor: scenario.filters.cursor,
              limit: scenario.filters.size,
            }),
          ),
        );
      }
      const p = summarise(pageOnly);
      line(
        `table: ${scenario.name}`,
        `p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms (${rows} rows; page, lines, count)`,
      );
      line(`  of which the page query alone`, `p50 ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms`);
      if (withExplain) console.log(`\n--- EXPLAIN ${scenario.name}\n${await explain(db, event, scenario)}\n`);
    }

    // The export: all orders through the stream, memory sampled while it runs.
    globalThis.gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 10);
    const start = performance.now();
    const { stream } = exportOrdersCsv({
      db,
      event,
      query: parseOrderFilters({}),
      canSeePersonal: true,
      actorUserId: actor.id,
    });
    let bytes = 0;
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
    const exportMs = performance.now() - start;
    clearInterval(sampler);
    const mb = (n: number) => fmt(n / 1024 / 1024, 1);
    line("export: all orders, CSV", `${fmt(exportMs / 1000, 2)} s, ${mb(bytes)} MB`);
    line(
      "export: peak RSS / heap above baseline",
      `+${mb(peakRss - baseline.rss)} MB RSS, +${mb(peakHeap - baseline.heapUsed)} MB heap (file ${mb(bytes)} MB)`,
    );
    if (httpBase) {
      const all = await scenarios(db, fixture);
      await benchOrdersDashboardHttp({
        db,
        base: httpBase,
        orgId: fixture.event.orgId,
        eventId: fixture.event.id,
        userId: actor.id,
        scenarios: all.filter((sc) => /first page|status filter|deep page/.test(sc.name)),
      });
    }
  } finally {
    await handle.close();
  }
}

const BENCH_ORDERS_PG_PORT = Number(process.env.BENCH_ORDERS_PG_PORT ?? 54371);

/** `npm run bench -- orders`: a throwaway embedded Postgres (fsync off), migrated, then the section. */
export async function runOrdersDashboardBenchAlone(): Promise<void> {
  const dataDir = path.join(process.cwd(), ".data", "bench-orders-pg");
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalPostgres({
    dataDir,
    port: BENCH_ORDERS_PG_PORT,
    database: "swagstand_bench_orders",
    fast: true,
    persistent: false,
  });
  try {
    await migrateDatabase(server.url);
    console.log(`Orders dashboard bench — ${new Date().toISOString()}\n`);
    await benchOrdersDashboard({ url: server.url, withExplain: process.argv.includes("--explain") });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

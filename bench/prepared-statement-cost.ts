/**
 * What planning costs the order path's statement before the transaction (ADR 023): the event load, alone and
 * with the rate-limit counting CTE, sent unnamed (parsed and planned every time) and named (prepared once),
 * 2,000 times each in three rounds on one connection of a Postgres of its own; prints Postgres's and this
 * process's CPU per call. The SQL is a hand copy of what loadOrderingContext sends.
 *
 *   npx tsx --conditions=react-server bench/prepared-statement-cost.ts   (BENCH_ORDERS_PG_PORT, default 54371)
 */
import { rmSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/db/client";
import { startLocalPostgres } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { createBenchEvent } from "./fixtures";
import { postgresCpuMs } from "./cpu";
const dataDir = path.join(process.cwd(), ".data", "bench-prepared-statement-pg");
rmSync(dataDir, { recursive: true, force: true });
const port = Number(process.env.BENCH_ORDERS_PG_PORT ?? 54371);
const server = await startLocalPostgres({ dataDir, port, database: "x", persistent: false });
try {
  await migrateDatabase(server.url);
  const pgPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const h = createDb({ url: server.url, driver: "node-postgres", max: 1 });
  const fx = await createBenchEvent(h.db, 1000);
  await h.close();
  const load = `select e.*, f.id as form_id, f.fields, p.content from events e
    left join lateral (select id, version, fields from form_versions where event_id = e.id order by version desc limit 1) f on true
    left join lateral (select content from event_pages where event_id = e.id and published_at is not null order by published_at desc, version desc limit 1) p on true
    where e.slug = $1 limit 1`;
  const on = `with counted as (insert into rate_limits (key, window_started_at, count)
    select k.key, now(), 1 from (select v.key from events e, lateral (values ('order:client:' || e.id || ':' || $2::text), ('order:event:' || e.id)) as v(key) where e.slug = $1 and e.status = 'published') as k(key) order by k.key collate "C"
    on conflict (key) do update set
      count = case when rate_limits.window_started_at <= now() - make_interval(secs => $3) then 1 else rate_limits.count + 1 end,
      window_started_at = case when rate_limits.window_started_at <= now() - make_interval(secs => $3) then now() else rate_limits.window_started_at end
    returning key, count, window_started_at::text as window_started_at, ceil(extract(epoch from (window_started_at + make_interval(secs => $3) - now())))::int as reset_in)
    select x.*, (select coalesce(json_agg(c), '[]'::json) from counted as c) as counted from (${load}) x`;
  const c = new pg.Client({ connectionString: server.url });
  await c.connect();
  const variants: Record<string, pg.QueryConfig> = {
    "off unnamed": { text: load, values: [fx.event.slug] },
    "on unnamed": { text: on, values: [fx.event.slug, "10.0.0.1", 60] },
    "off named": { name: "off", text: load, values: [fx.event.slug] },
    "on named": { name: "on", text: on, values: [fx.event.slug, "10.0.0.1", 60] },
  };
  for (const v of Object.values(variants)) for (let i = 0; i < 200; i++) await c.query(v);
  for (let r = 0; r < 3; r++) {
    const out: string[] = [];
    for (const [label, v] of Object.entries(variants)) {
      const n = 2000;
      const pg0 = postgresCpuMs(pgPid);
      const node0 = process.cpuUsage();
      for (let i = 0; i < n; i++) await c.query(v);
      const node = process.cpuUsage(node0);
      out.push(
        `${label}: pg ${((postgresCpuMs(pgPid) - pg0) / n).toFixed(3)} node ${((node.user + node.system) / 1000 / n).toFixed(3)}`,
      );
    }
    console.log(out.join(" | "));
  }
  await c.end();
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

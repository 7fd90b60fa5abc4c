import { readFileSync, rmSync } from "node:fs";
import { cpuMs } from "./cpu";
import path from "node:path";
import { createDb } from "@/db/client";
import { startLocalPostgres } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { placeOrder } from "@/lib/orders/place-order";
import { benchInput, createBenchEvent, stockOf } from "./fixtures";
import { BENCH_PG_PORT } from "./server";
import { fmt, summarise } from "./stats";

/**
 * (b) The order transaction straight against Postgres: `placeOrder` in this process, a pool of 20,
 * `concurrency` callers for `seconds`. The database's own ceiling for this workload on this machine.
 * `rateLimited`: each order counts against the per-client and per-event limits first, as the server action
 * does (raised by RATE_LIMIT_FACTOR so the bench is not refused); without it the check is skipped, which
 * measures what the check costs.
 */
export async function benchDbOrders({
  url,
  seconds,
  concurrency,
  rateLimited,
  postgresPid,
}: {
  url: string;
  seconds: number;
  concurrency: number;
  rateLimited: boolean;
  /** The postmaster's pid, when Postgres runs on this machine: its CPU time is then counted too. */
  postgresPid?: number;
}) {
  const handle = createDb({ url, driver: "node-postgres", max: 20 });
  try {
    const stock = 10_000_000;
    const fixture = await createBenchEvent(handle.db, stock);
    const variantId = fixture.variants[0]!.id;
    const latencies: number[] = [];
    let ok = 0;
    let failed = 0;
    const codes: Record<string, number> = {};
    let n = 0;
    const deadline = Date.now() + seconds * 1000;
    const started = Date.now();
    const cpuAtStart = cpuMs(postgresPid);
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const t = performance.now();
          const result = await placeOrder({
            db: handle.db,
            eventSlug: fixture.event.slug,
            input: benchInput(fixture, n++),
            ...(rateLimited ? { clientAddress: "127.0.0.1" } : {}),
          });
          latencies.push(performance.now() - t);
          if (result.ok) ok++;
          else {
            failed++;
            codes[result.code] = (codes[result.code] ?? 0) + 1;
          }
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const cpu = cpuMs(postgresPid) - cpuAtStart;
    const consumed = stock - (await stockOf(handle.db, variantId));
    return { ordersPerSecond: ok / elapsed, ok, failed, codes, consumed, cpu, ...summarise(latencies) };
  } finally {
    await handle.close();
  }
}

/**
 * (b) and (b') interleaved: `rounds` short runs of each, in the order on, off, off, on, on, off, … so a machine
 * whose load drifts during the bench (other engineers' work, autovacuum) weighs on both alike — also within a
 * round, where "on first" would otherwise always meet the earlier load.
 */
export async function benchRateLimitCost({
  url,
  seconds,
  concurrency,
  rounds = 4,
  postgresPid,
}: {
  url: string;
  seconds: number;
  concurrency: number;
  rounds?: number;
  postgresPid?: number;
}) {
  const runs = { on: [] as RunFigures[], off: [] as RunFigures[] };
  const run = (rateLimited: boolean) =>
    benchDbOrders({ url, seconds: seconds / rounds, concurrency, rateLimited, postgresPid });
  // A warm-up of each side, not counted: the first run otherwise paid for the cold start (this process's JIT,
  // Postgres's caches and the pool's prepared statements) and it was always a run with the check on.
  await benchDbOrders({ url, seconds: Math.min(2, seconds / rounds), concurrency, rateLimited: true });
  await benchDbOrders({ url, seconds: Math.min(2, seconds / rounds), concurrency, rateLimited: false });
  for (let i = 0; i < rounds; i++) {
    for (const rateLimited of i % 2 === 0 ? [true, false] : [false, true])
      (rateLimited ? runs.on : runs.off).push(await run(rateLimited));
  }
  const total = (list: RunFigures[]) => ({
    ordersPerSecond: list.reduce((sum, r) => sum + r.ordersPerSecond, 0) / list.length,
    ok: list.reduce((sum, r) => sum + r.ok, 0),
    failed: list.reduce((sum, r) => sum + r.failed, 0),
    // Why orders failed (a busy machine shows `unavailable`: the bounded database waits of ADR 013).
    codes: list.reduce<Record<string, number>>((sum, r) => {
      for (const [code, n] of Object.entries(r.codes)) sum[code] = (sum[code] ?? 0) + n;
      return sum;
    }, {}),
    consumed: list.reduce((sum, r) => sum + r.consumed, 0),
    /** CPU milliseconds (this process and Postgres) per order placed. */
    cpuPerOrder:
      list.reduce((sum, r) => sum + r.cpu, 0) /
      Math.max(
        1,
        list.reduce((sum, r) => sum + r.ok, 0),
      ),
    p50: median(list.map((r) => r.p50)),
    p95: median(list.map((r) => r.p95)),
    p99: median(list.map((r) => r.p99)),
  });
  return { on: total(runs.on), off: total(runs.off) };
}

type RunFigures = Awaited<ReturnType<typeof benchDbOrders>>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `npm run bench -- rate-limit`: only (b) and (b'), on a Postgres of its own (BENCH_PG_PORT, fsync on like the
 * bench server's), no build and no Next server: the figure of issue 9 (check on / off ≥ 95 %) in a minute,
 * repeatable on a busy machine. BENCH_SECONDS sets each side's total time (4 interleaved rounds).
 */
export async function runRateLimitBenchAlone({ seconds }: { seconds: number }): Promise<void> {
  const dataDir = path.join(process.cwd(), ".data", "bench-rate-limit-pg");
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalPostgres({
    dataDir,
    port: BENCH_PG_PORT,
    database: "swagstand_bench_rate_limit",
    persistent: false,
  });
  try {
    await migrateDatabase(server.url);
    console.log(`Rate-limit cost bench — ${new Date().toISOString()} — ${seconds} s each side\n`);
    const postgresPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const { on, off } = await benchRateLimitCost({ url: server.url, seconds, concurrency: 50, postgresPid });
    const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
    line("(b) orders/s (rate-limit check on)", fmt(on.ordersPerSecond));
    line("p50 / p95 / p99 (ms)", `${fmt(on.p50)} / ${fmt(on.p95)} / ${fmt(on.p99)}`);
    line("placed / refused", `${on.ok} / ${on.failed} ${refusals(on.codes)}`);
    line("(b') orders/s (rate-limit check off)", fmt(off.ordersPerSecond));
    line("placed / refused", `${off.ok} / ${off.failed} ${refusals(off.codes)}`);
    line("p50 / p95 / p99 (ms)", `${fmt(off.p50)} / ${fmt(off.p95)} / ${fmt(off.p99)}`);
    line("check on / off", `${fmt((100 * on.ordersPerSecond) / off.ordersPerSecond, 1)}% (target ≥ 95%)`);
    line("CPU per order, check on / off (ms)", `${fmt(on.cpuPerOrder, 2)} / ${fmt(off.cpuPerOrder, 2)}`);
    line(
      "off / on in CPU per order",
      `${fmt((100 * off.cpuPerOrder) / on.cpuPerOrder, 1)}% (the rate ratio where CPU is the limit)`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function refusals(codes: Record<string, number>): string {
  const list = Object.entries(codes).map(([code, n]) => `${code} ${n}`);
  return list.length > 0 ? `(${list.join(", ")})` : "";
}

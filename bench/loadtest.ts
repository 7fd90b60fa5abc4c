/**
 * `npm run loadtest`: the breaking point of the attendee path (issue 14, ADR 029). Attendees go round the real
 * path — the landing page, the order page, the order form posted as a browser posts it, each order with a new
 * email against a large stock — in steps of more simultaneous attendees, until a step's p99 passes the limit
 * or has errors. Prints a row per step (requests/s, orders/s, p50/p95/p99, errors, the app server's and
 * Postgres's CPU, Postgres client connections) and the breaking point. Prints; asserts nothing (but --smoke).
 *
 *   npm run loadtest                                  a production build (built if missing) on the embedded
 *                                                     Postgres, a fresh event with 10,000,000 in stock
 *   npm run loadtest -- --url http://ev.example.com   any deployment: the event's URL; its order form must ask
 *                                                     nothing but name and email (a load-test event).
 *                    [--database-url postgres://…]   connections (and, for a local Postgres, its CPU)
 *   npm run loadtest -- --smoke                       a few seconds, 20 attendees; exits 1 on any error
 *
 * --steps 4,8,16,32,64,128 (attendees per step), --step-seconds 10, --p99 1000 (ms). Ports: BENCH_PORT,
 * BENCH_PG_PORT (bench/server.ts). The server raises the rate limits (RATE_LIMIT_FACTOR 1000, as the bench).
 */
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { createDb } from "@/db/client";
import { postmasterPidOnPort } from "./cpu";
import { createBenchEvent, stockOf } from "./fixtures";
import { runLoadTest, TABLE_HEADER, type LoadTestReport } from "./loadtest-run";
import { Sampler } from "./loadtest-sampler";
import type { Target } from "./loadtest-step";
import { BENCH_PG_PORT, BENCH_PORT, startBenchServer } from "./server";
import { fmt } from "./stats";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const smoke = args.includes("--smoke");
const url = option("url");
const steps = (option("steps") ?? (smoke ? "2" : "4,8,16,32,64,128")).split(",").map(Number);
const stepSeconds = Number(option("step-seconds") ?? 10);
const p99LimitMs = Number(option("p99") ?? 1000);
if (steps.some((n) => !Number.isInteger(n) || n < 1) || !(stepSeconds > 0) || !(p99LimitMs > 0)) {
  console.error("loadtest: --steps takes whole numbers (4,8,16), --step-seconds and --p99 positive numbers");
  process.exit(2);
}

/** Node cannot resolve *.localhost: connect to localhost and send the event's host as Host. */
export function targetFor(base: string): Target {
  const u = new URL(base);
  const origin = u.hostname.endsWith(".localhost") ? `${u.protocol}//localhost:${u.port || 80}` : u.origin;
  return { origin, host: u.host };
}

const print = (line: string) => console.log(line);
let report: LoadTestReport;
console.log(`Swagstand load test — ${new Date().toISOString()}${smoke ? " — smoke" : ""}`);
console.log(
  `Machine: ${execSync("nproc").toString().trim()} cores, load average ${execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ")}`,
);

if (url) {
  const databaseUrl = option("database-url");
  const dbPort = databaseUrl ? Number(new URL(databaseUrl).port || 5432) : undefined;
  const local = databaseUrl && ["localhost", "127.0.0.1"].includes(new URL(databaseUrl).hostname);
  const sampler = new Sampler({
    databaseUrl,
    postmasterPid: local && dbPort ? postmasterPidOnPort(dbPort) : undefined,
  });
  await sampler.open();
  console.log(`Target ${url}\n\n${TABLE_HEADER}`);
  try {
    report = await run(targetFor(url), sampler);
  } finally {
    await sampler.close();
  }
} else {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("Building (next build) ...");
    execSync("npx next build", { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const server = await startBenchServer();
  const dbUrl = `postgres://postgres:postgres@localhost:${BENCH_PG_PORT}/swagstand`;
  const admin = createDb({ url: dbUrl, driver: "node-postgres", max: 2 });
  const sampler = new Sampler({
    databaseUrl: dbUrl,
    postmasterPid: postmasterPidOnPort(BENCH_PG_PORT),
    appProcessGroup: server.pid,
  });
  try {
    const stock = 10_000_000;
    const fixture = await createBenchEvent(admin.db, stock);
    await sampler.open();
    console.log(`Production build on the embedded Postgres, event ${fixture.event.slug}, stock ${stock}\n`);
    console.log(TABLE_HEADER);
    report = await run(targetFor(`http://${fixture.event.slug}.localhost:${BENCH_PORT}`), sampler);
    const placed = report.steps.reduce((sum, s) => sum + s.orders, 0);
    const consumed = stock - (await stockOf(admin.db, fixture.variants[0]!.id));
    // A step ends with orders in flight: the server places them, the load test no longer counts the answer.
    const inFlight = report.steps.reduce((sum, s) => sum + s.connections, 0);
    const honest = consumed >= placed && consumed <= placed + inFlight;
    console.log(
      `\nstock consumed ${consumed}, orders confirmed to the load test ${placed} ` +
        `(at most ${inFlight} more in flight when steps ended) ${honest ? "✓" : "✗ MISMATCH"}`,
    );
  } finally {
    await sampler.close();
    await admin.close();
    await server.stop();
  }
}

function run(target: Target, sampler: Sampler) {
  return runLoadTest({
    target,
    steps,
    stepSeconds,
    p99LimitMs,
    attendeesPerStep: smoke ? 20 : undefined,
    sampler,
    log: print,
  });
}

if (smoke) {
  const errors = report.steps.reduce((sum, s) => sum + s.errors, 0);
  const orders = report.steps.reduce((sum, s) => sum + s.orders, 0);
  console.log(`\nsmoke: ${orders} orders, ${errors} errors${report.reason ? ` (${report.reason})` : ""}`);
  process.exit(errors === 0 && orders > 0 ? 0 : 1);
}
if (report.breakingPoint) {
  const bp = report.breakingPoint;
  const last = report.steps.at(-2);
  console.log(
    `\nBreaking point: ${bp.connections} simultaneous attendees — ${report.reason}.` +
      (last
        ? ` Last good step: ${last.connections} attendees, ${fmt(last.ordersPerSecond)} orders/s, p99 ${fmt(last.p99, 0)} ms.`
        : ""),
  );
} else {
  console.log(
    `\nNo breaking point up to ${steps.at(-1)} attendees (p99 ≤ ${p99LimitMs} ms, no errors): add steps.`,
  );
}
process.exit(0);

/**
 * `npm run bench`: figures for the attendee path on this machine, against a production build on the embedded
 * Postgres. Prints; asserts nothing. BENCH_SECONDS (default 20) sets the order runs' length, BENCH_LIGHTHOUSE=0
 * skips Lighthouse.
 */
import { existsSync, readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { createDb } from "@/db/client";
import { attendeeBundles } from "./bundle";
import { benchDbOrders } from "./db-orders";
import { createBenchEvent, stockOf } from "./fixtures";
import { benchHttpOrders } from "./http-orders";
import { benchHttpGet } from "./landing";
import { benchOrdersDashboard, runOrdersDashboardBenchAlone } from "./orders-dashboard";
import { lighthouseMedian } from "./lighthouse";
import { BENCH_PG_PORT, BENCH_PORT, startBenchServer } from "./server";
import { fmt } from "./stats";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== "0";
const dbUrl = `postgres://postgres:postgres@localhost:${BENCH_PG_PORT}/swagstand`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

// `npm run bench -- orders`: only the orders dashboard section, on its own database, no build needed.
if (process.argv.slice(2).includes("orders")) {
  await runOrdersDashboardBenchAlone();
  process.exit(0);
}

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("No production build found: running next build ...");
  execSync("npx next build", { stdio: "inherit" });
}

console.log(`Swagstand bench — ${new Date().toISOString()} — ${seconds}s order runs\n`);
const server = await startBenchServer();
try {
  const tenant = `devconf.localhost:${BENCH_PORT}`;
  const base = `http://localhost:${BENCH_PORT}`;

  console.log("(c) Landing page through the subdomain rewrite, 50 connections, 10 s");
  await fetch(`${base}/`, { headers: { host: tenant } }).catch(() => {}); // warm the ISR cache
  const landing = await benchHttpGet({ url: `${base}/`, host: tenant, seconds: 10, connections: 50 });
  line("landing requests/s", fmt(landing.requestsPerSecond, 0));
  line("landing p50 / p99 (ms)", `${landing.p50} / ${landing.p99}`);
  line("landing non-2xx / errors", `${landing.non2xx} / ${landing.errors}`);
  const staticFile = await firstStaticChunk();
  const asset = await benchHttpGet({ url: `${base}${staticFile}`, seconds: 10, connections: 50 });
  line("static file requests/s", fmt(asset.requestsPerSecond, 0));
  line("static file p50 / p99 (ms)", `${asset.p50} / ${asset.p99}`);

  console.log(`\n(a) Orders through HTTP (server action via the rewrite), 50 clients, ${seconds} s`);
  const admin = createDb({ url: dbUrl, driver: "node-postgres", max: 2 });
  const stock = 10_000_000;
  const fixture = await createBenchEvent(admin.db, stock);
  const http = await benchHttpOrders({
    port: BENCH_PORT,
    host: `${fixture.event.slug}.localhost:${BENCH_PORT}`,
    fixture,
    seconds,
    connections: 50,
  });
  const consumed = stock - (await stockOf(admin.db, fixture.variants[0]!.id));
  await admin.close();
  line("orders/s", fmt(http.ordersPerSecond));
  line("p50 / p95 / p99 (ms)", `${fmt(http.p50)} / ${fmt(http.p95)} / ${fmt(http.p99)}`);
  line("placed / refused / errors", `${http.placed} / ${http.refused} / ${http.error}`);
  line(
    "stock consumed = orders placed",
    `${consumed} = ${http.placed} ${consumed === http.placed ? "✓" : "✗ MISMATCH"}`,
  );

  console.log(`\n(b) The same transaction straight against Postgres, pool of 20, 50 callers, ${seconds} s`);
  const db = await benchDbOrders({ url: dbUrl, seconds, concurrency: 50 });
  line("orders/s", fmt(db.ordersPerSecond));
  line("p50 / p95 / p99 (ms)", `${fmt(db.p50)} / ${fmt(db.p95)} / ${fmt(db.p99)}`);
  line("placed / refused", `${db.ok} / ${db.failed}`);
  line(
    "stock consumed = orders placed",
    `${db.consumed} = ${db.ok} ${db.consumed === db.ok ? "✓" : "✗ MISMATCH"}`,
  );
  line("ratio a/b", `${fmt((100 * http.ordersPerSecond) / db.ordersPerSecond, 0)}% (target ≥ 50%)`);

  console.log(
    "\nFirst-load JavaScript of the attendee routes (gzip; 'own' = beyond the framework baseline of /)",
  );
  for (const b of attendeeBundles())
    line(b.route, `${fmt(b.totalGzipKb)} KB total, ${fmt(b.ownGzipKb)} KB own`);

  if (withLighthouse) {
    console.log("\nLighthouse mobile, median of 3 runs");
    for (const [name, url] of [
      ["landing", `http://${tenant}/`],
      ["order", `http://${tenant}/order`],
    ] as const) {
      const s = await lighthouseMedian(url, 3);
      line(
        name,
        `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s["best-practices"]}, SEO ${s.seo}, LCP ${fmt(s.lcpMs / 1000, 2)} s`,
      );
    }
  }

  console.log(
    "\n(e) Orders dashboard at 100,000 orders in one event (queries, export, then the same over HTTP)",
  );
  await benchOrdersDashboard({ url: dbUrl, httpBase: base });
} finally {
  await server.stop();
}

async function firstStaticChunk(): Promise<string> {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const chunk = stats.find((r) => r.route === "/")?.firstLoadChunkPaths[0];
  return chunk ? `/${chunk.replace(/^\.next\//, "_next/")}` : "/favicon.ico";
}

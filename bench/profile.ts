import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDb } from "@/db/client";
import { createBenchEvent } from "./fixtures";
import { benchInput } from "./fixtures";
import { placeOrderActionId } from "./http-orders";
import { benchHttpGet } from "./landing";
import { BENCH_PG_PORT, BENCH_PORT, startBenchServer } from "./server";
import { firstStaticChunk } from "./static-chunk";
import { postgresCpuMs, postmasterPidOnPort } from "./cpu";
import { fmt } from "./stats";

/**
 * `npm run bench -- profile`: where an order and a landing page request spend the server's time (issue 15,
 * ADR 023). Starts the production server with bench/profile-preload.mjs, then for each phase — orders over
 * HTTP, the confirmation page alone (what the order's redirect renders), the landing page, a static file —
 * profiles the server's CPU and counts its Postgres statements and HTTP requests, and prints them per
 * operation. CPU milliseconds per operation, unlike requests per second, hardly depend on what else the
 * machine is doing, so the table is comparable between runs on a busy machine. Needs a build.
 */
export async function runProfile(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swagstand-profile-"));
  process.env.SWAGSTAND_PROFILE_DIR = dir;
  const preload = `--import=${pathToFileURL(path.join(process.cwd(), "bench", "profile-preload.mjs")).href}`;
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ");
  const server = await startBenchServer();
  delete process.env.NODE_OPTIONS;
  try {
    const pid = Number(readFileSync(path.join(dir, "server.pid"), "utf8"));
    const admin = createDb({
      url: `postgres://postgres:postgres@localhost:${BENCH_PG_PORT}/swagstand`,
      driver: "node-postgres",
      max: 2,
    });
    const fixture = await createBenchEvent(admin.db, 10_000_000);
    await admin.close();
    const host = `${fixture.event.slug}.localhost:${BENCH_PORT}`;
    const actionId = placeOrderActionId();
    const orders = Number(process.env.PROFILE_ORDERS ?? 300);
    const phases: Phase[] = [];

    let n = 0;
    const order = () =>
      post(host, "/order", JSON.stringify([fixture.event.slug, benchInput(fixture, n++)]), {
        "next-action": actionId,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
      });
    await inParallel(30, 10, order); // warm-up: compiles, pools, caches
    const tokens: string[] = [];
    phases.push(
      await phase(dir, pid, "order over HTTP (server action + its redirect)", async () => {
        const redirects = await inParallel(orders, 10, order);
        for (const r of redirects) {
          const token = /\/order\/confirmation\/([\w-]+)/.exec(r)?.[1];
          if (token) tokens.push(token);
        }
        return tokens.length;
      }),
    );
    const confirm = (token: string) => get(host, `/order/confirmation/${token}`, { accept: "text/html" });
    phases.push(
      await phase(dir, pid, "confirmation page (the document the browser loads after an order)", async () => {
        let i = 0;
        await inParallel(tokens.length, 10, () => confirm(tokens[i++]!));
        return tokens.length;
      }),
    );
    await get(host, "/", {});
    phases.push(
      await phase(dir, pid, "landing page through the rewrite", async () => {
        const r = await benchHttpGet({
          url: `http://localhost:${BENCH_PORT}/`,
          host,
          seconds: 8,
          connections: 10,
        });
        return Math.round(r.requestsPerSecond * 8);
      }),
    );
    phases.push(
      await phase(dir, pid, "static file (no middleware)", async () => {
        const r = await benchHttpGet({
          url: `http://localhost:${BENCH_PORT}${firstStaticChunk()}`,
          seconds: 8,
          connections: 10,
        });
        return Math.round(r.requestsPerSecond * 8);
      }),
    );
    for (const p of phases) printPhase(p);
  } finally {
    await server.stop();
    // PROFILE_KEEP=1 keeps the phases' CPU profiles (open them in Chrome's DevTools, Performance tab).
    if (process.env.PROFILE_KEEP === "1") console.log(`\nProfiles kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

type Phase = {
  name: string;
  operations: number;
  statements: Record<string, number>;
  requests: Record<string, number>;
  cpuMs: Record<string, number>;
  /** Postgres's CPU time in the phase (all its processes). */
  postgresMs: number;
  /** The functions with the most self time (PROFILE_TOP of them), scaled like cpuMs. */
  top: [string, number][];
};

let phaseIndex = 0;
async function phase(dir: string, pid: number, name: string, run: () => Promise<number>): Promise<Phase> {
  const index = phaseIndex++;
  const postmaster = postmasterPidOnPort(BENCH_PG_PORT);
  const postgresAtStart = postmaster === undefined ? 0 : postgresCpuMs(postmaster);
  process.kill(pid, "SIGUSR2");
  await until(() => existsSync(path.join(dir, `started-${index}`)));
  const operations = await run();
  const postgresMs = postmaster === undefined ? 0 : postgresCpuMs(postmaster) - postgresAtStart;
  process.kill(pid, "SIGUSR2");
  const file = path.join(dir, `phase-${index}.json`);
  await until(() => existsSync(file));
  await new Promise((r) => setTimeout(r, 200)); // the write may still be under way
  const { profile, cpuMs, statements, requests } = JSON.parse(readFileSync(file, "utf8")) as {
    profile: CpuProfile;
    cpuMs: number;
    statements: Record<string, number>;
    requests: Record<string, number>;
  };
  // The profile's shares, scaled to the CPU time the process really used.
  const sampled = categorise(profile);
  const sampledTotal = Object.values(sampled).reduce((a, b) => a + b, 0);
  const scaled = Object.fromEntries(
    Object.entries(sampled).map(([k, ms]) => [k, sampledTotal > 0 ? (ms * cpuMs) / sampledTotal : 0]),
  );
  return {
    name,
    operations,
    postgresMs,
    statements,
    requests,
    cpuMs: scaled,
    top: topFunctions(profile, cpuMs / sampledTotal),
  };
}

/** Self time by function (name and file), the largest first. */
function topFunctions(profile: CpuProfile, scale: number): [string, number][] {
  const count = Number(process.env.PROFILE_TOP ?? 0);
  if (count === 0) return [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") return;
    const key = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}`;
    totals.set(key, (totals.get(key) ?? 0) + ((profile.timeDeltas[i] ?? 0) / 1000) * scale);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

function printPhase(p: Phase) {
  const per = (x: number) => fmt(x / Math.max(1, p.operations), 2);
  console.log(`\n${p.name}: ${p.operations} operations`);
  console.log("  HTTP requests the server received, per operation");
  for (const [route, count] of Object.entries(p.requests).sort((a, b) => b[1] - a[1]))
    console.log(`    ${per(count).padStart(6)}  ${route}`);
  const totalStatements = Object.values(p.statements).reduce((a, b) => a + b, 0);
  console.log(`  Postgres statements per operation: ${per(totalStatements)}`);
  for (const [text, count] of Object.entries(p.statements).sort((a, b) => b[1] - a[1]))
    console.log(`    ${per(count).padStart(6)}  ${text}`);
  const totalCpu = Object.values(p.cpuMs).reduce((a, b) => a + b, 0);
  console.log(`  Postgres CPU per operation: ${per(p.postgresMs)} ms`);
  console.log(`  server CPU per operation (process CPU time, split by the profile): ${per(totalCpu)} ms`);
  for (const [category, ms] of Object.entries(p.cpuMs).sort((a, b) => b[1] - a[1]))
    console.log(`    ${per(ms).padStart(6)} ms  ${category}`);
  if (p.top.length > 0) console.log("  functions with the most self time, per operation");
  for (const [fn, ms] of p.top) console.log(`    ${per(ms).padStart(6)} ms  ${fn}`);
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time by what the sampled function belongs to; anything under the middleware sandbox is middleware. */
function categorise(profile: CpuProfile): Record<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const category = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    if (category.has(id)) return category.get(id)!;
    const { functionName, url } = byId.get(id)!.callFrame;
    let result: string | null;
    if (functionName === "(idle)") result = null;
    else {
      let inMiddleware = false;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)!.callFrame;
        if (isMiddlewareFrame(frame.url, frame.functionName)) inMiddleware = true;
      }
      result = inMiddleware ? "middleware (Edge sandbox and middleware.ts)" : leafCategory(functionName, url);
    }
    category.set(id, result);
    return result;
  };
  const totals: Record<string, number> = {};
  profile.samples.forEach((id, i) => {
    const c = classify(id);
    if (c) totals[c] = (totals[c] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return totals;
}

function isMiddlewareFrame(url: string, functionName: string): boolean {
  return (
    /\.next\/server\/(edge|middleware)|server\/web\/sandbox|edge-runtime/.test(url) ||
    functionName === "runMiddleware"
  );
}

function leafCategory(functionName: string, url: string): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)") return "V8 / native (program)";
  if (/react-dom|react-server-dom|app-page.*runtime|next-server\/app-page/.test(url))
    return "rendering (React, RSC; Next's app-page runtime)";
  if (/node_modules\/(pg|pg-protocol|pg-pool|pg-types|pgpass)\//.test(url)) return "pg driver";
  if (/\.next\/server\//.test(url)) return "app code and bundled libraries (drizzle, zod…)";
  if (/next\/dist/.test(url)) return "Next server (routing, actions, cache)";
  if (url.startsWith("node:")) return "Node core (http, streams, crypto)";
  return "other";
}

async function until(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("profile: the server did not answer the signal");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `total` calls of `task`, `concurrency` at a time; their results in completion order. */
async function inParallel<T>(total: number, concurrency: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        results.push(await task());
      }
    }),
  );
  return results;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });

function request(
  method: string,
  host: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<string> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "localhost",
        port: BENCH_PORT,
        path: pathname,
        method,
        agent,
        headers: {
          host,
          origin: `http://${host}`,
          ...headers,
          ...(body === undefined ? {} : { "content-length": Buffer.byteLength(body) }),
        },
      },
      (res) => {
        // The confirmation page's path: in the answer (ADR 023) or, before that, in the redirect header.
        let answer = String(res.headers["x-action-redirect"] ?? "");
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (answer += chunk));
        res.on("end", () => resolve(answer));
      },
    );
    // A kept-alive socket the server closed meanwhile: the operation simply did not succeed.
    req.on("error", () => resolve(""));
    req.end(body);
  });
}

const post = (host: string, pathname: string, body: string, headers: Record<string, string>) =>
  request("POST", host, pathname, headers, body);
const get = (host: string, pathname: string, headers: Record<string, string>) =>
  request("GET", host, pathname, headers);

import { spawn, type ChildProcess } from "node:child_process";

// Away from the dev (3000), e2e (3100+) and test Postgres (5432x-5435x) ports; overridable so two checkouts
// can bench side by side.
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54359);
export const BENCH_ROOT = `localhost:${BENCH_PORT}`;
/**
 * Every order of the bench comes from one machine (127.0.0.1) to one event, thousands a minute: the rate
 * limits stay on (their cost is part of the figure) but are raised this many times (RATE_LIMIT_FACTOR).
 */
export const BENCH_RATE_LIMIT_FACTOR = process.env.RATE_LIMIT_FACTOR ?? "1000";

/** Starts the production build (`next start`) on a fresh embedded Postgres, like the e2e server, on its own ports. */
export async function startBenchServer(): Promise<{ pid: number | undefined; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/dev.ts", "start", "--fresh"],
    {
      env: {
        ...process.env,
        PORT: String(BENCH_PORT),
        EMBEDDED_PG_PORT: String(BENCH_PG_PORT),
        ROOT_DOMAIN: BENCH_ROOT,
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        RATE_LIMIT_FACTOR: BENCH_RATE_LIMIT_FACTOR,
      },
      // Its start-up banner is not wanted; ignored rather than piped, because the script still logs while it
      // stops Postgres after `npx` (our child) has exited, and a closed pipe would crash it half-way (EPIPE).
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://localhost:${BENCH_PORT}/api/ready`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    // The process group of the server (npx, Next, Postgres): the load test reads its CPU from /proc.
    pid: child.pid,
    stop: async () => {
      // The script stops Next and its Postgres on SIGTERM; signal the whole group we started.
      if (!child.pid) return;
      process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await groupGone(child.pid, 30_000); // npx exits first; Next and Postgres take a moment longer
    },
  };
}

/** Waits until no process of the group is left (signal 0 fails with ESRCH), or the deadline passes. */
async function groupGone(pgid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

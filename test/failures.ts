import type { EventEmitter } from "node:events";
import net from "node:net";
import type { Db } from "@/db/client";

/**
 * Helpers for integration tests that take the database away: a port nothing listens on, polling for a state
 * another connection reaches, and keeping a killed connection from crashing the test process.
 */

/** A loopback port that was free a moment ago: nothing listens there (also used to pick a free port). */
export function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Polls `probe` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("timed out waiting");
}

/**
 * A checked-out pg client whose connection dies emits "error" with no listener attached (pg-pool only
 * listens while the client is idle), which crashes the process. The query in flight gets the error too, so
 * the listener only needs to exist. db/client.ts now does this for every pool it makes (and hands back
 * a checked-out client whose connection ended); this stays for older tests and pools made some other way.
 */
export function survivePoolClientErrors(db: Db): void {
  const pool = (db as unknown as { $client: EventEmitter }).$client;
  if (pool.listenerCount("acquire") > 0) return;
  const guarded = new WeakSet<EventEmitter>();
  pool.on("acquire", (client: EventEmitter) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on("error", () => {});
  });
}

import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as pause } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, setDbHandle, type DbHandle } from "@/db/client";
import { startLocalPostgres, type LocalServer } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { orders, outboxMessages } from "@/db/schema";
import { requestDbTimeouts } from "@/db/timeouts";
import { loadPublicEvent } from "@/app/s/[slug]/load-public-event";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import type { MailTransport } from "@/lib/mail/transport";
import { outageRewriteFor } from "@/lib/outage/gate";
import { checkDatabase } from "@/lib/outage/readiness";
import { GET as unavailableGET } from "@/app/s/[slug]/temporarily-unavailable/route";
import { placeOrder, type PlaceOrderResult } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor, type OrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "./db";
import { unusedPort, waitFor } from "./failures";

/**
 * Issue 9: the database going away under a light order load, on a Postgres of this file's own (the shared
 * test server stays up for the other files). Two ways: stopped (connections refused) and frozen (SIGSTOP of
 * its postmaster and backends: connections accepted, nothing answered). Either way every acknowledged order
 * must be there, none twice, every attempt during the outage must come back quickly as "unavailable" (the
 * 503 answer), the app's own pool must recover by itself, and every confirmation email goes out once.
 */

/** The longest a single order attempt may take while the database is away: a few seconds, never 30. */
const BOUND_MS = requestDbTimeouts.connectionTimeoutMillis + 2 * requestDbTimeouts.queryTimeoutMillis + 1_000;

let dataDir: string;
let port: number;
let server: LocalServer;
let handle: DbHandle;

async function startServer(): Promise<LocalServer> {
  return startLocalPostgres({ dataDir, port, database: "swagstand_outage", fast: true, persistent: true });
}

beforeAll(async () => {
  testDb(); // installs the Neon WebSocket proxy settings when that driver is under test
  port = await unusedPort();
  dataDir = path.join(process.cwd(), ".data", `outage-pg-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  server = await startServer();
  await migrateDatabase(server.url);
  // The app's own configuration: the request timeouts of db/timeouts.ts, nothing raised for the test.
  handle = createDb({ url: server.url, driver: testDriver(), max: 5 });
  setDbHandle(handle); // the app's getDb(): the readiness probe and the page loaders use this server too
});

afterAll(async () => {
  resumeAll(); // never leave a stopped process behind, whatever failed
  await handle?.close().catch(() => {});
  await server?.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

/** This file's postmaster (from its own data directory) and every process it started (the backends). */
function ownPostgresPids(): number[] {
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after the last ")".
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

let frozen: number[] = [];
function freezeAll(): void {
  frozen = ownPostgresPids();
  for (const pid of frozen) process.kill(pid, "SIGSTOP");
}
function resumeAll(): void {
  for (const pid of frozen) {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      // already gone
    }
  }
  frozen = [];
}

type Attempt = { startedAt: number; ms: number; code: string };
type Attendee = { email: string; key: string; orderId?: string };

/**
 * Attendees ordering one after another on a few "phones": each retries the same submission (same idempotency
 * key) until it is acknowledged, as the form's "try again" does, pausing a moment between tries.
 */
function startOrderLoad(fixture: OrderFixture, phones = 2) {
  const attendees: Attendee[] = [];
  const attempts: Attempt[] = [];
  const unexpected: PlaceOrderResult[] = [];
  let stopping = false;

  async function phone() {
    while (!stopping) {
      const attendee: Attendee = { email: `o-${randomUUID().slice(0, 8)}@example.com`, key: randomUUID() };
      attendees.push(attendee);
      for (;;) {
        const startedAt = Date.now();
        const result = await placeOrder({
          db: handle.db,
          eventSlug: fixture.event.slug,
          input: orderInputFor(fixture, { email: attendee.email, idempotencyKey: attendee.key }),
        });
        attempts.push({ startedAt, ms: Date.now() - startedAt, code: result.ok ? "ok" : result.code });
        if (result.ok) {
          attendee.orderId = result.order.id;
          break;
        }
        if (result.code !== "unavailable") {
          unexpected.push(result);
          break;
        }
        await pause(50); // the attendee reads the message and taps again; pacing, not synchronisation
      }
    }
  }
  const running = Promise.all(Array.from({ length: phones }, phone));
  return {
    attendees,
    attempts,
    unexpected,
    acknowledged: () => attendees.filter((a) => a.orderId).length,
    async stop() {
      stopping = true;
      await running;
    },
  };
}

/**
 * What an attendee's GET /order on the event's host gets: the middleware's outage gate asking the readiness
 * check behind /api/ready, then either the page (null here: the page itself is covered elsewhere) or the 503 route.
 */
async function orderPageAnswer(slug: string): Promise<Response | null> {
  const isReady = async () => (await checkDatabase(handle.db)).ready;
  const request = {
    headers: new Headers({ host: `${slug}.localhost:3000` }),
    method: "GET",
    nextUrl: { pathname: "/order" },
  };
  const target = await outageRewriteFor(request, "localhost:3000", "http://localhost:3000", isReady);
  if (!target) return null;
  expect(target).toBe(`/s/${slug}/temporarily-unavailable`);
  return unavailableGET(new Request(`http://localhost:3000${target}`), { params: Promise.resolve({ slug }) });
}

/** The 503 answer, with Retry-After, in the event's branding (cached while the database was there). */
async function expect503(fixture: OrderFixture) {
  const started = Date.now();
  const answer = await orderPageAnswer(fixture.event.slug);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  expect(answer?.status).toBe(503);
  expect(answer?.headers.get("retry-after")).toMatch(/^\d+$/);
  const html = await answer!.text();
  expect(html).toContain("temporarily unavailable");
  expect(html).toContain("Nothing was recorded");
  expect(html).toContain(fixture.event.name);
}

/** A stand-in for the mail provider: like Resend, a repeated idempotency key is not delivered again. */
function idempotentProvider() {
  const delivered = new Map<string, { to: string; times: number }>();
  const transport: MailTransport = {
    async send(mail) {
      const seen = delivered.get(mail.idempotencyKey);
      if (seen) seen.times += 1;
      else delivered.set(mail.idempotencyKey, { to: mail.to, times: 1 });
      return { providerMessageId: `p-${mail.idempotencyKey}` };
    },
  };
  return { delivered, transport };
}

/** The outbox dispatcher running through the outage, as the in-process loop or the cron would. */
function startDispatcher(fixture: OrderFixture, transport: MailTransport) {
  let stopping = false;
  const running = (async () => {
    while (!stopping) {
      try {
        // A short lease: a message sent just before the outage but not yet marked is retried within the test.
        const round = await dispatchOutbox({
          db: handle.db,
          transport,
          eventId: fixture.event.id,
          leaseMs: 4_000,
        });
        if (round.claimed === 0) await pause(100);
      } catch {
        await pause(100); // the database is away: the next round tries again
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      await running;
    },
  };
}

async function checkEverything(
  fixture: OrderFixture,
  load: ReturnType<typeof startOrderLoad>,
  provider: ReturnType<typeof idempotentProvider>,
  dispatcher: ReturnType<typeof startDispatcher>,
  outage: { from: number; to: number },
) {
  expect(load.unexpected).toEqual([]);

  // During the outage: every attempt answered "unavailable" (the 503 answer), each within a few seconds.
  const during = load.attempts.filter((a) => a.startedAt >= outage.from && a.startedAt + a.ms <= outage.to);
  expect(during.length).toBeGreaterThan(0);
  expect(during.every((a) => a.code === "unavailable")).toBe(true);
  expect(Math.max(...during.map((a) => a.ms))).toBeLessThan(BOUND_MS);

  // After it: the same pool took orders again by itself.
  expect(load.attempts.some((a) => a.startedAt > outage.to && a.code === "ok")).toBe(true);
  await waitFor(
    async () => ((await orderPageAnswer(fixture.event.slug)) === null ? true : undefined),
    15_000,
  );

  // No acknowledged order missing, none twice: one order per attendee, the one they were told about.
  const stored = await handle.db
    .select({ id: orders.id, email: orders.attendeeEmail })
    .from(orders)
    .where(eq(orders.eventId, fixture.event.id));
  const acknowledged = load.attendees.filter((a) => a.orderId);
  expect(acknowledged.length).toBe(load.attendees.length);
  expect(stored.length).toBe(acknowledged.length);
  expect(new Set(stored.map((o) => o.id))).toEqual(new Set(acknowledged.map((a) => a.orderId)));
  expect(new Set(stored.map((o) => o.email)).size).toBe(stored.length);

  // Every confirmation sent, each exactly once.
  const outbox = () =>
    handle.db
      .select({ id: outboxMessages.id, to: outboxMessages.toAddress, status: outboxMessages.status })
      .from(outboxMessages)
      .where(eq(outboxMessages.eventId, fixture.event.id));
  await waitFor(async () => ((await outbox()).every((m) => m.status === "sent") ? true : undefined), 30_000);
  const messages = await outbox();
  expect(messages.length).toBe(acknowledged.length);
  expect(new Set(messages.map((m) => m.to))).toEqual(new Set(acknowledged.map((a) => a.email)));
  expect(new Set(provider.delivered.keys())).toEqual(new Set(messages.map((m) => m.id)));

  // With the load and the dispatcher stopped, the pool holds no connection lost in the outage (each one a
  // permanent loss of capacity, until every request waits for a connection that never comes).
  await dispatcher.stop();
  const pool = (handle.db as unknown as { $client: { totalCount: number; idleCount: number } }).$client;
  expect(pool.totalCount - pool.idleCount).toBe(0);
}

describe(`the database going away under an order load (${testDriver()})`, () => {
  it("stopped and restarted: nothing acknowledged lost, nothing doubled, quick 503s, recovery, one email each", async () => {
    const fixture = await createOrderFixture(handle.db, {
      items: [{ name: "Tee", variants: [{ label: "M", stock: 100_000 }] }],
    });
    const provider = idempotentProvider();
    const dispatcher = startDispatcher(fixture, provider.transport);
    expect(await orderPageAnswer(fixture.event.slug)).toBeNull(); // the database is there: the page renders
    await loadPublicEvent(fixture.event.slug); // a page view while it is there caches the event's branding
    const load = startOrderLoad(fixture);

    await waitFor(async () => (load.acknowledged() >= 5 ? true : undefined), 30_000);
    await server.stop();
    const from = Date.now();
    await waitFor(
      async () => (load.attempts.filter((a) => a.startedAt >= from).length >= 5 ? true : undefined),
      30_000,
    );
    await expect503(fixture);
    const to = Date.now();
    server = await startServer();
    await waitFor(
      async () => (load.attempts.some((a) => a.startedAt > to && a.code === "ok") ? true : undefined),
      30_000,
    );

    await load.stop();
    await checkEverything(fixture, load, provider, dispatcher, { from, to });
  }, 120_000);

  it("frozen and resumed: nothing acknowledged lost, nothing doubled, quick 503s, recovery, one email each", async () => {
    const fixture = await createOrderFixture(handle.db, {
      items: [{ name: "Tee", variants: [{ label: "M", stock: 100_000 }] }],
    });
    const provider = idempotentProvider();
    const dispatcher = startDispatcher(fixture, provider.transport);
    expect(await orderPageAnswer(fixture.event.slug)).toBeNull(); // the database is there: the page renders
    await loadPublicEvent(fixture.event.slug); // a page view while it is there caches the event's branding
    const load = startOrderLoad(fixture);

    await waitFor(async () => (load.acknowledged() >= 5 ? true : undefined), 30_000);
    const from = Date.now();
    freezeAll();
    // Long enough for the pooled connections to be caught mid-statement and for new ones to be tried.
    await waitFor(
      async () =>
        load.attempts.filter((a) => a.startedAt >= from && a.code === "unavailable").length >= 4
          ? true
          : undefined,
      30_000,
    );
    await expect503(fixture);
    const to = Date.now();
    resumeAll();
    await waitFor(
      async () => (load.attempts.some((a) => a.startedAt > to && a.code === "ok") ? true : undefined),
      30_000,
    );

    await load.stop();
    await checkEverything(fixture, load, provider, dispatcher, { from, to });
  }, 120_000);
});

import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { events, orders, outboxMessages, rateLimits } from "@/db/schema";
import { limits } from "@/lib/limits";
import { renderMessage } from "@/lib/mail/render";
import { testDb, testDriver } from "@/test/db";
import { survivePoolClientErrors, unusedPort, waitFor } from "@/test/failures";
import { cancelOrderByToken } from "./cancel-order";
import { getOrderByToken } from "./get-order";
import { normaliseEmail } from "./order-input";
import { placeOrder } from "./place-order";
import { emailKey, requestOrderLinks } from "./resend-order-link";
import { createOrderFixture, orderInputFor, type OrderFixture } from "./test-fixtures";
import { hashAccessToken } from "@/lib/crypto/order-token";

const db = () => testDb();

async function placed(fixture: OrderFixture, email: string) {
  const result = await placeOrder({
    db: db(),
    eventSlug: fixture.event.slug,
    input: orderInputFor(fixture, { email }),
  });
  if (!result.ok) throw new Error(`order not placed: ${result.code}`);
  return result.order;
}

/** Each request from a client of its own, unless a test says otherwise: the per-client limit is tested once. */
const aClient = () => `test-client-${randomUUID()}`;

const request = (fixture: OrderFixture, email: string, clientAddress = aClient()) =>
  requestOrderLinks({ db: db(), eventSlug: fixture.event.slug, email, clientAddress });

async function linkMessages(eventId: string) {
  return db()
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, "order-link")));
}

/** Moves this address's "just asked" mark two minutes into the past, as if the attendee had waited. */
async function waitOutRepeatWindow(fixture: OrderFixture, email: string) {
  const key = `order-link:repeat:${fixture.event.id}:${emailKey(normaliseEmail(email))}`;
  await db()
    .update(rateLimits)
    .set({ windowStartedAt: sql`${rateLimits.windowStartedAt} - interval '2 minutes'` })
    .where(eq(rateLimits.key, key));
}

const tokensIn = (text: string) => [...text.matchAll(/\/my-order\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]!);

describe(`requestOrderLinks (${testDriver()})`, () => {
  it("writes one email, to the address the orders were placed with, with a working link for each order", async () => {
    const fixture = await createOrderFixture(db(), { maxOrdersPerAttendee: 2 });
    const first = await placed(fixture, "Ada.Lovelace@Example.com");
    const second = await placed(fixture, "ada.lovelace@example.com");
    await cancelOrderByToken({ db: db(), token: first.token });

    const result = await request(fixture, "  ADA.LOVELACE@example.COM ");
    expect(result).toEqual({ ok: true });

    const messages = await linkMessages(fixture.event.id);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    // The newest active order's own address: the links go nowhere the confirmation did not go.
    expect(message!.toAddress).toBe("ada.lovelace@example.com");
    expect(message!.payload).toMatchObject({
      orders: [
        { orderId: second.id, reference: second.reference, status: "placed" },
        { orderId: first.id, reference: first.reference, status: "cancelled" },
      ],
    });
    // The outbox holds ids, never the tokens.
    expect(JSON.stringify(message!.payload)).not.toContain(second.token);

    const mail = await renderMessage(message!);
    expect(mail.subject).toBe(`Your ${fixture.event.name} order links`);
    expect(mail.text).toContain(first.reference);
    expect(mail.text).toContain(second.reference);
    expect(mail.text).toContain(`http://${fixture.event.slug}.localhost:3000/my-order/`);

    const tokens = [...new Set(tokensIn(mail.text))];
    expect(tokens).toHaveLength(2);
    const stored = await db()
      .select({ id: orders.id, hash: orders.accessTokenHash })
      .from(orders)
      .where(eq(orders.eventId, fixture.event.id));
    const hashes = new Map(stored.map((o) => [o.hash, o.id]));
    expect(tokens.map((t) => hashes.get(hashAccessToken(t))).sort()).toEqual([first.id, second.id].sort());
    for (const token of tokens) {
      const view = await getOrderByToken({ db: db(), token, eventSlug: fixture.event.slug });
      expect(view?.event.id).toBe(fixture.event.id);
    }
  });

  it("sends nothing, and answers exactly the same, when no order of this event has this address", async () => {
    const fixture = await createOrderFixture(db());
    const other = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");
    await placed(other, "grace@example.com");
    const draft = await createOrderFixture(db());
    await placed(draft, "linus@example.com");
    await db().update(events).set({ status: "draft" }).where(eq(events.id, draft.event.id));

    const answers = [
      await request(fixture, "nobody@example.com"),
      // Grace ordered, but at the other event.
      await request(fixture, "grace@example.com"),
      // Linus ordered at an event that is back in draft: its attendees are not mailed.
      await request(draft, "linus@example.com"),
      await requestOrderLinks({
        db: db(),
        eventSlug: "no-such-event",
        email: "ada@example.com",
        clientAddress: aClient(),
      }),
    ];
    const sent = await request(fixture, "ada@example.com");

    expect(answers).toEqual([sent, sent, sent, sent]);
    expect(await linkMessages(fixture.event.id)).toHaveLength(1);
    expect((await linkMessages(fixture.event.id))[0]!.toAddress).toBe("ada@example.com");
    expect(await linkMessages(other.event.id)).toHaveLength(0);
    expect(await linkMessages(draft.event.id)).toHaveLength(0);
  });

  it("treats a second request within a minute as the same one: one email, and no request of the hour used", async () => {
    const fixture = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");

    expect(await request(fixture, "ada@example.com")).toEqual({ ok: true });
    expect(await request(fixture, "Ada@Example.com")).toEqual({ ok: true });
    expect(await linkMessages(fixture.event.id)).toHaveLength(1);

    // The repeat was not counted: two more requests (a while apart) are still allowed.
    for (let i = 0; i < 2; i++) {
      await waitOutRepeatWindow(fixture, "ada@example.com");
      expect(await request(fixture, "ada@example.com")).toEqual({ ok: true });
    }
    expect(await linkMessages(fixture.event.id)).toHaveLength(3);
  });

  it("writes one email for simultaneous requests", async () => {
    const fixture = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");

    const results = await Promise.all(Array.from({ length: 8 }, () => request(fixture, "ada@example.com")));
    expect(await linkMessages(fixture.event.id)).toHaveLength(1);
    // All but the first were repeats, which use up nothing: none of them is refused.
    expect(results).toEqual(Array.from({ length: 8 }, () => ({ ok: true })));
  });

  it("refuses a fourth request in an hour, whether or not an order exists, and keeps refusing repeats", async () => {
    const fixture = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");

    for (const email of ["ada@example.com", "nobody@example.com"]) {
      for (let i = 0; i < 3; i++) {
        await waitOutRepeatWindow(fixture, email);
        expect(await request(fixture, email)).toEqual({ ok: true });
      }
      await waitOutRepeatWindow(fixture, email);
      const refused = await request(fixture, email);
      expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
      expect(refused.ok === false && refused.message).toMatch(/try again in (59|60) minutes/);
      // A refused request leaves no "just asked" mark: a quick repeat is refused too, not taken as sent.
      expect(await request(fixture, email)).toMatchObject({ ok: false, code: "rate_limited" });
    }
    expect(await linkMessages(fixture.event.id)).toHaveLength(3);
  });

  it("counts each address per event: another event or address has its own allowance", async () => {
    const fixture = await createOrderFixture(db());
    const other = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");
    await placed(other, "ada@example.com");
    for (let i = 0; i < 3; i++) {
      await waitOutRepeatWindow(fixture, "ada@example.com");
      await request(fixture, "ada@example.com");
    }
    await waitOutRepeatWindow(fixture, "ada@example.com");
    expect(await request(fixture, "ada@example.com")).toMatchObject({ code: "rate_limited" });
    expect(await request(other, "ada@example.com")).toEqual({ ok: true });
    expect(await linkMessages(other.event.id)).toHaveLength(1);
  });

  it("limits one client asking for many addresses' links, whatever the addresses, and sends nothing then", async () => {
    const fixture = await createOrderFixture(db());
    const client = aClient();
    const answers = [];
    for (let i = 0; i <= limits.orderLinkRequestsPerClient; i++) {
      answers.push(await request(fixture, `probe-${i}-${randomUUID()}@example.com`, client));
    }
    expect(answers.slice(0, -1).every((a) => a.ok)).toBe(true);
    expect(answers.at(-1)).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/from this connection.*try again in \d+ minutes?/),
    });
    // Another client is not affected.
    expect(await request(fixture, `probe-${randomUUID()}@example.com`)).toEqual({ ok: true });
  });

  it("refuses a malformed or overlong address without touching the database", async () => {
    const unreachable = { db: null as never, eventSlug: "devconf" };
    for (const email of ["", "not-an-email", `${"a".repeat(250)}@example.com`, 42, undefined]) {
      expect(await requestOrderLinks({ ...unreachable, email, clientAddress: aClient() })).toMatchObject({
        ok: false,
        code: "invalid_input",
      });
    }
  });

  it("answers unavailable, with nothing sent, when the database cannot be reached", async () => {
    testDb(); // installs the Neon WebSocket proxy settings when that driver is under test
    const handle = createDb({
      url: `postgres://postgres:postgres@localhost:${await unusedPort()}/nothing`,
      driver: testDriver(),
      max: 1,
    });
    try {
      const result = await requestOrderLinks({
        db: handle.db,
        eventSlug: "devconf",
        email: "a@example.com",
        clientAddress: aClient(),
      });
      expect(result).toMatchObject({ ok: false, code: "unavailable" });
      expect(result.ok === false && result.message).toMatch(/temporarily unavailable.*Nothing was sent/);
    } finally {
      await handle.close().catch(() => {});
    }
  });

  it("leaves no trace of a request whose connection died, so trying again at once sends the email", async () => {
    survivePoolClientErrors(db());
    const fixture = await createOrderFixture(db());
    await placed(fixture, "ada@example.com");

    // Holding the event row stops the request at its very last step, the outbox insert (its foreign key check
    // waits), after both counters were bumped: exactly where a half-done request would leave a stale mark.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let ready!: (pid: number) => void;
    const blockerPid = new Promise<number>((resolve) => (ready = resolve));
    const blocker = db().transaction(async (tx) => {
      const rows = await tx.execute(
        sql`select pg_backend_pid() as pid from ${events} where ${events.id} = ${fixture.event.id} for update`,
      );
      ready(Number(rows.rows[0]?.pid));
      await released;
    });
    const pid = await blockerPid;

    const pending = request(fixture, "ada@example.com");
    const victim = await waitFor(async () => {
      const rows = await db().execute(
        sql`select pid from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`,
      );
      return rows.rows[0]?.pid as number | undefined;
    });
    await db().execute(sql`select pg_terminate_backend(${victim})`);
    const result = await pending;
    release();
    await blocker;

    expect(result).toMatchObject({ ok: false, code: "unavailable" });
    expect(await linkMessages(fixture.event.id)).toHaveLength(0);
    expect(await request(fixture, "ada@example.com")).toEqual({ ok: true });
    expect(await linkMessages(fixture.event.id)).toHaveLength(1);
  });
});

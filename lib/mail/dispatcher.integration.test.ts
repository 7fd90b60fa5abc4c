import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { DEFAULT_LEASE_MS, dispatchOutbox } from "./dispatcher";
import { createMailTestEvent, enqueueConfirmations, outboxRow } from "./test-fixtures";
import type { MailTransport, OutgoingMail } from "./transport";

/** Records every send; sleeps a little so concurrent dispatchers overlap. */
function recordingTransport(delayMs = 3) {
  const sends: OutgoingMail[] = [];
  const transport: MailTransport = {
    async send(mail) {
      sends.push(mail);
      await sleep(delayMs);
      return { providerMessageId: `test-${sends.length}` };
    },
  };
  return { sends, transport };
}

describe(`outbox dispatcher (${testDriver()})`, () => {
  it("sends every message exactly once with two dispatchers running at the same time", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const ids = await enqueueConfirmations(db, event, 50);
    const { sends, transport } = recordingTransport(1);

    const drain = async () => {
      let claimed = 0;
      for (;;) {
        const round = await dispatchOutbox({ db, transport, eventId: event.id, batchSize: 3 });
        if (round.claimed === 0) return claimed;
        claimed += round.claimed;
      }
    };
    const [a, b] = await Promise.all([drain(), drain()]);

    expect(a + b).toBe(50);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(sends).toHaveLength(50);
    expect(new Set(sends.map((s) => s.idempotencyKey))).toEqual(new Set(ids));
    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.eventId, event.id));
    for (const row of rows) {
      expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null });
      expect(row.providerMessageId).toMatch(/^test-/);
      expect(row.sentAt).toBeInstanceOf(Date);
    }
  });

  it("renders the email it sends: addressed to the attendee, keyed by the message id", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    const { sends, transport } = recordingTransport(0);

    const result = await dispatchOutbox({
      db,
      transport,
      eventId: event.id,
      from: "Swagstand <test@swagstand.app>",
    });

    expect(result).toEqual({ claimed: 1, sent: 1, retried: 0, dead: 0 });
    expect(sends[0]).toMatchObject({
      idempotencyKey: id,
      to: "attendee-0@example.com",
      from: "Swagstand <test@swagstand.app>",
    });
    expect(sends[0]?.subject).toBe("Your DevConf order DEV-000000 is confirmed");
    expect(sends[0]?.html).toContain(`http://${event.slug}.localhost:3000/my-order/`);
  });

  it("does not claim messages that are not due or are leased to another dispatcher", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [due, later, leased] = await enqueueConfirmations(db, event, 3);
    const now = new Date(Date.now() + 1_000);
    await db
      .update(outboxMessages)
      .set({ nextAttemptAt: new Date(now.getTime() + 60_000) })
      .where(eq(outboxMessages.id, later!));
    await db
      .update(outboxMessages)
      .set({ lockedUntil: new Date(now.getTime() + 60_000) })
      .where(eq(outboxMessages.id, leased!));
    const { sends, transport } = recordingTransport(0);

    const result = await dispatchOutbox({ db, transport, eventId: event.id, now });

    expect(result.claimed).toBe(1);
    expect(sends.map((s) => s.idempotencyKey)).toEqual([due]);
  });

  it("retries a crashed dispatcher's message after its lease, and the stale dispatcher cannot overwrite the outcome", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    const now = new Date(Date.now() + 1_000);
    const keys: string[] = [];
    let secondResult: Awaited<ReturnType<typeof dispatchOutbox>> | undefined;

    // Dispatcher A stalls inside send; meanwhile its lease expires and dispatcher B takes the message over.
    const stalling: MailTransport = {
      async send(mail) {
        keys.push(mail.idempotencyKey);
        const later = new Date(now.getTime() + DEFAULT_LEASE_MS + 1_000);
        secondResult = await dispatchOutbox({
          db,
          eventId: event.id,
          now: later,
          transport: recordingTransport(0).transport,
        });
        return { providerMessageId: "from-stale-dispatcher" };
      },
    };
    const first = await dispatchOutbox({ db, transport: stalling, eventId: event.id, now });

    expect(secondResult).toMatchObject({ claimed: 1, sent: 1 });
    expect(first).toMatchObject({ claimed: 1, sent: 0 });
    expect(keys).toEqual([id]);
    const row = await outboxRow(db, id!);
    expect(row).toMatchObject({ status: "sent", attempts: 2, providerMessageId: "test-1" });
  });

  it("marks a message whose payload cannot be rendered as dead at once", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [row] = await db
      .insert(outboxMessages)
      .values({
        eventId: event.id,
        template: "order-confirmation",
        toAddress: "x@example.com",
        payload: { order: "broken" },
      })
      .returning();
    const { sends, transport } = recordingTransport(0);

    const result = await dispatchOutbox({ db, transport, eventId: event.id });

    expect(result).toEqual({ claimed: 1, sent: 0, retried: 0, dead: 1 });
    expect(sends).toHaveLength(0);
    const dead = await outboxRow(db, row!.id);
    expect(dead.status).toBe("dead");
    expect(dead.lastError).toMatch(/^invalid_message: /);
  });
});

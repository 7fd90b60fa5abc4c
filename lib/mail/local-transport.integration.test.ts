import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { localMailbox } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { dispatchOutbox } from "./dispatcher";
import { MailSendError } from "./errors";
import { createLocalTransport } from "./local-transport";
import { getLocalMail, listLocalMail } from "./local-mailbox";
import { createMailTestEvent, enqueueConfirmations, outboxRow } from "./test-fixtures";
import type { MailTransport } from "./transport";

describe(`local mail transport (${testDriver()})`, () => {
  it("stores a send once however often it is retried, answering with the first id", async () => {
    const db = testDb();
    const transport = createLocalTransport(db);
    const key = crypto.randomUUID();
    const mail = {
      idempotencyKey: key,
      from: "f@swagstand.app",
      to: "t@example.com",
      subject: "Hello",
      html: "<p>Hi</p>",
      text: "Hi",
    };

    const [first, second] = [
      await transport.send(mail),
      await transport.send({ ...mail, subject: "Changed" }),
    ];
    const concurrent = await Promise.all([transport.send(mail), transport.send(mail), transport.send(mail)]);

    expect(second).toEqual(first);
    expect(concurrent).toEqual([first, first, first]);
    const rows = await db.select().from(localMailbox).where(eq(localMailbox.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: "Hello", outboxMessageId: key, toAddress: "t@example.com" });
    expect(first.providerMessageId).toBe(`local:${rows[0]?.id}`);
  });

  it("keeps one copy when the outbox retries a send whose answer was lost", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    const local = createLocalTransport(db);
    let calls = 0;
    // Delivered, but the dispatcher never hears back the first time (timeout, crash after send).
    const flaky: MailTransport = {
      async send(mail) {
        calls += 1;
        const result = await local.send(mail);
        if (calls === 1) throw new MailSendError({ message: "timeout", code: "timeout", retryable: true });
        return result;
      },
    };
    const now = new Date(Date.now() + 1_000);

    expect(await dispatchOutbox({ db, transport: flaky, eventId: event.id, now })).toMatchObject({
      retried: 1,
    });
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    expect(await dispatchOutbox({ db, transport: flaky, eventId: event.id, now: later })).toMatchObject({
      sent: 1,
    });

    const stored = await db.select().from(localMailbox).where(eq(localMailbox.outboxMessageId, id!));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.subject).toBe("Your DevConf order DEV-000000 is confirmed");
    expect(stored[0]?.html).toContain(`http://${event.slug}.localhost:3000/my-order/`);
    expect((await outboxRow(db, id!)).providerMessageId).toBe(`local:${stored[0]?.id}`);
  });

  it("lists the mailbox newest first, by recipient, and finds one mail by id", async () => {
    const db = testDb();
    const transport = createLocalTransport(db);
    const to = `list-${crypto.randomUUID()}@example.com`;
    for (const subject of ["one", "two", "three"]) {
      await transport.send({
        idempotencyKey: crypto.randomUUID(),
        from: "f@x.app",
        to,
        subject,
        html: "<p/>",
        text: "",
      });
    }

    const page1 = await listLocalMail({ db, page: 1, pageSize: 2, to: to.toUpperCase() });
    const page2 = await listLocalMail({ db, page: 2, pageSize: 2, to });

    expect(page1.mails.map((m) => m.subject)).toEqual(["three", "two"]);
    expect(page1.hasMore).toBe(true);
    expect(page2.mails.map((m) => m.subject)).toEqual(["one"]);
    expect(page2.hasMore).toBe(false);
    expect((await getLocalMail({ db, id: page2.mails[0]!.id }))?.subject).toBe("one");
    expect(await getLocalMail({ db, id: "not-a-uuid" })).toBeNull();
  });
});

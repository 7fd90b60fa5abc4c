import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { limits } from "@/lib/limits";
import { testDb, testDriver } from "@/test/db";
import { resendErrors, startResendStandIn } from "@/test/resend-stand-in";
import { dispatchOutbox } from "./dispatcher";
import { MailSendError } from "./errors";
import { createResendTransport } from "./resend-transport";
import { createMailTestEvent, enqueueConfirmations, outboxRow } from "./test-fixtures";

let standIn: Awaited<ReturnType<typeof startResendStandIn>>;

beforeEach(async () => {
  standIn = await startResendStandIn();
  // The SDK reads RESEND_BASE_URL when a client is constructed (not at import), so set it before creating one.
  vi.stubEnv("RESEND_BASE_URL", standIn.url);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await standIn.close();
});

/** The longest a retry can be scheduled after attempt n (jitter stays below it). */
const maxDelayAfter = (attempts: number) =>
  Math.min(limits.outboxMaxBackoffMs, limits.outboxBaseBackoffMs * 2 ** (attempts - 1));

describe(`the real resend SDK against a local stand-in (${testDriver()})`, () => {
  it("retries 5xx and 429 with backoff, then delivers once, every request carrying the message id as key", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    standIn.enqueue(resendErrors.serverError(), resendErrors.rateLimited(), resendErrors.serverError());
    const transport = createResendTransport({ apiKey: "re_test_key" });
    let now = new Date(Date.now() + 1_000);

    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await dispatchOutbox({ db, transport, eventId: event.id, now })).toMatchObject({
        claimed: 1,
        retried: 1,
      });
      const row = await outboxRow(db, id!);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lockedUntil: null });
      expect(row.lastError).toMatch(/internal_server_error|rate_limit_exceeded/);
      const delay = row.nextAttemptAt.getTime() - now.getTime();
      expect(delay).toBeGreaterThanOrEqual(maxDelayAfter(attempt) / 2);
      expect(delay).toBeLessThanOrEqual(maxDelayAfter(attempt));
      // Not due yet: nothing is sent before the backoff has passed.
      expect(await dispatchOutbox({ db, transport, eventId: event.id, now })).toMatchObject({ claimed: 0 });
      now = new Date(now.getTime() + maxDelayAfter(attempt));
    }
    expect(await dispatchOutbox({ db, transport, eventId: event.id, now })).toMatchObject({
      claimed: 1,
      sent: 1,
    });

    expect(standIn.requests).toHaveLength(4);
    for (const request of standIn.requests) {
      expect(request).toMatchObject({
        method: "POST",
        path: "/emails",
        idempotencyKey: id,
        authorization: "Bearer re_test_key",
      });
    }
    expect(standIn.delivered).toHaveLength(1);
    expect(standIn.delivered[0]?.body).toMatchObject({
      to: "attendee-0@example.com",
      subject: "Your DevConf order DEV-000000 is confirmed",
    });
    const row = await outboxRow(db, id!);
    expect(row).toMatchObject({
      status: "sent",
      attempts: 4,
      lastError: null,
      providerMessageId: standIn.delivered[0]?.id,
    });

    // Sent is final: later rounds leave it alone.
    const later = new Date(now.getTime() + limits.outboxMaxBackoffMs);
    expect(await dispatchOutbox({ db, transport, eventId: event.id, now: later })).toMatchObject({
      claimed: 0,
    });
    expect(standIn.requests).toHaveLength(4);
  });

  it("marks the message dead on a permanent 422, keeping addresses out of last_error", async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    standIn.enqueue(resendErrors.validation());
    const transport = createResendTransport({ apiKey: "re_test_key" });

    const result = await dispatchOutbox({
      db,
      transport,
      eventId: event.id,
      now: new Date(Date.now() + 1_000),
    });

    expect(result).toEqual({ claimed: 1, sent: 0, retried: 0, dead: 1 });
    const row = await outboxRow(db, id!);
    expect(row).toMatchObject({ status: "dead", attempts: 1, lockedUntil: null });
    expect(row.lastError).toContain("validation_error");
    expect(row.lastError).not.toContain("@");
    expect(standIn.requests).toHaveLength(1);
  });

  it(`gives up after ${limits.outboxMaxAttempts} retryable failures`, async () => {
    const db = testDb();
    const event = await createMailTestEvent(db);
    const [id] = await enqueueConfirmations(db, event, 1);
    standIn.enqueue(
      ...Array.from({ length: limits.outboxMaxAttempts + 1 }, () => resendErrors.serverError()),
    );
    const transport = createResendTransport({ apiKey: "re_test_key" });
    let now = new Date(Date.now() + 1_000);

    for (let attempt = 1; attempt <= limits.outboxMaxAttempts; attempt++) {
      const result = await dispatchOutbox({ db, transport, eventId: event.id, now });
      expect(result).toMatchObject(attempt < limits.outboxMaxAttempts ? { retried: 1 } : { dead: 1 });
      now = new Date(now.getTime() + limits.outboxMaxBackoffMs);
    }

    expect(await outboxRow(db, id!)).toMatchObject({ status: "dead", attempts: limits.outboxMaxAttempts });
    expect(await dispatchOutbox({ db, transport, eventId: event.id, now })).toMatchObject({ claimed: 0 });
    expect(standIn.requests).toHaveLength(limits.outboxMaxAttempts);
    expect(new Set(standIn.requests.map((r) => r.idempotencyKey))).toEqual(new Set([id]));
  });

  it("reports an unreachable provider as a retryable error", async () => {
    const closed = await startResendStandIn();
    await closed.close();
    const transport = createResendTransport({ apiKey: "re_test_key", baseUrl: closed.url });

    const error = await transport
      .send({
        idempotencyKey: "k1",
        from: "a@swagstand.app",
        to: "b@example.com",
        subject: "s",
        html: "<p>h</p>",
        text: "h",
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ retryable: true, statusCode: null });
  });
});

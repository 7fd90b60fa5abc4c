import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { events } from "@/db/schema";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import { MailSendError } from "@/lib/mail/errors";
import { testDb, testDriver } from "@/test/db";
import { eraseOwnOrder, exportOwnOrder } from "./attendee-request";
import { runRetention } from "./retention";
import { markedEvent, type Markers } from "./test-world";

// Every line the app logs during the test, through the real logger and its redaction (lib/observability).
const captured = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/observability/logger", async (importOriginal) => {
  const mod = await importOriginal<typeof import("@/lib/observability/logger")>();
  const logger = mod.createLogger({
    level: "trace",
    destination: { write: (line: string) => captured.push(line) },
  });
  return {
    ...mod,
    logger,
    loggerFor: (context: Parameters<typeof mod.loggerFor>[0]) => mod.loggerFor(context, logger),
  };
});

const values = (m: Markers) => [m.prefix, m.digits];

describe(`logs hold no attendee personal data (${testDriver()})`, () => {
  test("ordering, confirming, failing and succeeding sends, exporting, erasing and retention log no marker", async () => {
    const db = testDb();
    const world = await markedEvent(db, { count: 2 });
    const eventId = world.fixture.event.id;
    // A provider that rejects, quoting the recipient as real providers do: logged (redacted), retried.
    const rejecting = {
      send: async (mail: { to: string }) => {
        throw new MailSendError({
          message: `Recipient ${mail.to} rejected`,
          code: "rejected",
          retryable: true,
        });
      },
    };
    await dispatchOutbox({ db, transport: rejecting as never, eventId });
    await exportOwnOrder({
      db,
      token: orderAccessToken(world.orders[0]!.id),
      eventSlug: world.fixture.event.slug,
    });
    await eraseOwnOrder({
      db,
      token: orderAccessToken(world.orders[0]!.id),
      eventSlug: world.fixture.event.slug,
    });
    await db
      .update(events)
      .set({ endsAt: new Date("2020-01-01T00:00:00Z") })
      .where(eq(events.id, eventId));
    await runRetention({ db, onlyEventIds: [eventId] });

    const output = captured.join("");
    expect(captured.length, "the test captured no log lines at all").toBeGreaterThan(0);
    for (const value of values(world.markers)) expect(output).not.toContain(value);
  });
});

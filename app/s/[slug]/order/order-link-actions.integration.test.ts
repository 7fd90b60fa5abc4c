import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { unusedPort } from "@/test/failures";
import { requestOrderLinkAction } from "./order-link-actions";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

// Lets one test hand the action a database that is down; the others get the test database as usual.
const outage = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("@/db/client", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/db/client")>();
  return { ...original, getDb: () => outage.db ?? original.getDb() };
});

const idle = { status: "idle", message: "" } as const;

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function linkMessageCount(eventId: string) {
  const rows = await testDb()
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, "order-link")));
  return rows.length;
}

describe(`requestOrderLinkAction (${testDriver()})`, () => {
  it("answers the same 'sent' state for an address with an order and one without, and emails only the first", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const placed = await placeOrder({
      db,
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { email: "ada@example.com" }),
    });
    expect(placed.ok).toBe(true);

    const withOrder = await requestOrderLinkAction(
      fixture.event.slug,
      idle,
      form({ email: "ada@example.com" }),
    );
    const withoutOrder = await requestOrderLinkAction(
      fixture.event.slug,
      idle,
      form({ email: "nobody@example.com" }),
    );
    expect(withOrder).toEqual({
      status: "sent",
      message: expect.stringMatching(/^If an order exists for this address, we have emailed its link\./),
    });
    expect(withoutOrder).toEqual(withOrder);
    expect(await linkMessageCount(fixture.event.id)).toBe(1);
  });

  it("refuses what a form could not have sent, with a message and nothing written", async () => {
    const fixture = await createOrderFixture(testDb());
    const cases: [unknown, unknown][] = [
      [fixture.event.slug, form({})],
      [fixture.event.slug, form({ email: "not an address" })],
      [fixture.event.slug, form({ email: new Blob(["ada@example.com"]) })],
      [fixture.event.slug, { email: "ada@example.com" }],
      [{ slug: fixture.event.slug }, form({ email: "ada@example.com" })],
      ["x".repeat(500), form({ email: "ada@example.com" })],
    ];
    for (const [slug, data] of cases) {
      const state = await requestOrderLinkAction(slug, idle, data);
      expect(state.status).toBe("error");
      expect(state.message).toMatch(/Enter .*email address|This event does not exist/);
    }
    expect(await linkMessageCount(fixture.event.id)).toBe(0);
  });

  it("says the service is temporarily unavailable and nothing was sent when the database is down", async () => {
    testDb(); // the Neon proxy settings, when that driver is under test
    const down = createDb({
      url: `postgres://postgres:postgres@localhost:${await unusedPort()}/nothing`,
      driver: testDriver(),
      max: 1,
    });
    outage.db = down.db;
    try {
      const state = await requestOrderLinkAction("devconf", idle, form({ email: "ada@example.com" }));
      expect(state).toEqual({
        status: "error",
        message: expect.stringMatching(/temporarily unavailable\. Nothing was sent.*try again/),
      });
    } finally {
      outage.db = undefined;
      await down.close().catch(() => {});
    }
  });
});

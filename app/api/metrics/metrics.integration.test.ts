import { describe, expect, it, vi } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { parseExposition, sampleValue, type Exposition } from "@/test/prometheus-text";
import { placeOrderAction } from "@/app/s/[slug]/order/actions";
import { GET } from "./route";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: `203.0.113.${Math.floor(Math.random() * 250)}` }),
}));
// connection() needs Next's request scope, which a direct call does not have.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

async function scrape(): Promise<Exposition> {
  const response = await GET(new Request("http://localhost:3000/api/metrics"), undefined);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  return parseExposition(await response.text());
}

const refused = (e: Exposition, reason: string) =>
  sampleValue(e, "swagstand_orders_refused_total", { reason });
const orderDurations = (e: Exposition, outcome: string) =>
  sampleValue(e, "swagstand_order_duration_seconds_count", { outcome });

describe(`/api/metrics after real orders (${testDriver()})`, () => {
  it("counts placed and refused orders, their latency, the outbox, the pool and the database", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, {
      formFields: null,
      items: [{ name: "Hoodie", variants: [{ label: "M", stock: 2 }] }],
    });
    // The first scrape also makes sure every series exists (closed label sets start at 0).
    const before = await scrape();
    const durationsBefore = ["placed", "refused"].map((o) => {
      try {
        return orderDurations(before, o);
      } catch {
        return 0; // a histogram series appears with its first observation
      }
    });

    for (let i = 0; i < 2; i++) {
      expect((await placeOrderAction(fixture.event.slug, orderInputFor(fixture))).ok).toBe(true);
    }
    const input = orderInputFor(fixture);
    const soldOut = await placeOrderAction(fixture.event.slug, input);
    expect(soldOut).toMatchObject({ ok: false, code: "sold_out" });
    const invalid = await placeOrderAction(fixture.event.slug, { ...input, lines: [] });
    expect(invalid).toMatchObject({ ok: false, code: "invalid_input" });

    const after = await scrape();
    expect(sampleValue(after, "swagstand_orders_placed_total")).toBe(
      sampleValue(before, "swagstand_orders_placed_total") + 2,
    );
    expect(refused(after, "sold_out")).toBe(refused(before, "sold_out") + 1);
    expect(refused(after, "invalid_input")).toBe(refused(before, "invalid_input") + 1);
    expect(refused(after, "attendee_limit")).toBe(refused(before, "attendee_limit"));
    expect(orderDurations(after, "placed")).toBe(durationsBefore[0]! + 2);
    expect(orderDurations(after, "refused")).toBe(durationsBefore[1]! + 2);
    const p = sampleValue(after, "swagstand_order_duration_seconds_sum", { outcome: "placed" });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(60);

    // Read at scrape time from the database, in one query bounded by a timeout.
    expect(sampleValue(after, "swagstand_database_up")).toBe(1);
    const depth = sampleValue(after, "swagstand_outbox_pending_messages");
    expect(Number.isInteger(depth) && depth >= 0).toBe(true);
    const age = sampleValue(after, "swagstand_outbox_oldest_pending_age_seconds");
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(24 * 3600);
    const connections = sampleValue(after, "swagstand_db_server_connections");
    const maxConnections = sampleValue(after, "swagstand_db_server_max_connections");
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(maxConnections);

    // This process's pool (test/db.ts sizes it at 30) and how long checkouts waited.
    expect(sampleValue(after, "swagstand_db_pool_max_connections")).toBe(30);
    const inUse = sampleValue(after, "swagstand_db_pool_connections", { state: "in_use" });
    const idle = sampleValue(after, "swagstand_db_pool_connections", { state: "idle" });
    expect(inUse + idle).toBeGreaterThanOrEqual(1);
    expect(inUse + idle).toBeLessThanOrEqual(30);
    expect(sampleValue(after, "swagstand_db_pool_waiting_clients")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(after, "swagstand_db_pool_wait_seconds_count")).toBeGreaterThan(
      sampleValue(before, "swagstand_db_pool_wait_seconds_count"),
    );

    // Default process metrics, and the families the alerts and dashboard read.
    expect(sampleValue(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(after.types.get("swagstand_rate_limit_refusals_total")).toBe("counter");
    expect(after.types.get("swagstand_supplier_dispatch_failures_total")).toBe("counter");
  });
});

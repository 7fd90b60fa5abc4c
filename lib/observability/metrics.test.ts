import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { PlaceOrderErrorCode } from "@/lib/orders/results";
import type { RatePolicyName } from "@/lib/rate-limit/policies";
import { parseExposition, sampleValue } from "@/test/prometheus-text";
import {
  DELIVERY_REPORT_TYPES,
  metrics,
  ORDER_REFUSAL_REASONS,
  RATE_LIMIT_POLICIES,
  registry,
  renderMetrics,
  type OrderRefusalReason,
  type RateLimitPolicyLabel,
} from "./metrics";

describe("metrics (prom-client)", () => {
  it("keeps one registry per process on globalThis, so a second copy of the module shares it", async () => {
    const shared = (globalThis as { swagstandMetrics?: { registry: unknown; metrics: unknown } })
      .swagstandMetrics;
    expect(shared?.registry).toBe(registry);
    expect(shared?.metrics).toBe(metrics);
    // What Next does when it loads the module again in another bundle layer: no "already registered".
    vi.resetModules();
    const again = await import("./metrics");
    expect(again.registry).toBe(registry);
    expect(again.metrics).toBe(metrics);
  });

  it("names exactly the order codes and rate-limit policies of the domain (closed label sets)", () => {
    expectTypeOf<OrderRefusalReason>().toEqualTypeOf<PlaceOrderErrorCode | "error">();
    expectTypeOf<RateLimitPolicyLabel>().toEqualTypeOf<RatePolicyName>();
    expect(new Set(ORDER_REFUSAL_REASONS).size).toBe(ORDER_REFUSAL_REASONS.length);
  });

  it("renders default process metrics and every series of the closed sets from the start", async () => {
    const exposition = parseExposition(await renderMetrics());
    expect(exposition.types.get("process_cpu_user_seconds_total")).toBe("counter");
    expect(exposition.types.get("nodejs_heap_size_used_bytes")).toBe("gauge");
    for (const reason of ORDER_REFUSAL_REASONS)
      expect(sampleValue(exposition, "swagstand_orders_refused_total", { reason })).toBeGreaterThanOrEqual(0);
    for (const policy of RATE_LIMIT_POLICIES)
      expect(
        sampleValue(exposition, "swagstand_rate_limit_refusals_total", { policy }),
      ).toBeGreaterThanOrEqual(0);
    for (const type of DELIVERY_REPORT_TYPES)
      expect(
        sampleValue(exposition, "swagstand_email_delivery_reports_total", { type }),
      ).toBeGreaterThanOrEqual(0);
    expect(exposition.types.get("swagstand_order_duration_seconds")).toBe("histogram");
  });

  it("counts a refusal under its reason only", async () => {
    const read = async () => parseExposition(await renderMetrics());
    const before = await read();
    metrics.ordersRefused.inc("sold_out");
    const after = await read();
    const value = (e: typeof before, reason: string) =>
      sampleValue(e, "swagstand_orders_refused_total", { reason });
    expect(value(after, "sold_out")).toBe(value(before, "sold_out") + 1);
    expect(value(after, "attendee_limit")).toBe(value(before, "attendee_limit"));
  });
});

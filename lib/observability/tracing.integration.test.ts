import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { testDb, testDriver } from "@/test/db";
import { startInMemoryTracing } from "@/test/in-memory-tracing";
import { placeOrderAction } from "@/app/s/[slug]/order/actions";
import { withSpan } from "./tracing";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.77" }),
}));
vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));

describe(`traces (${testDriver()})`, () => {
  let tracing: ReturnType<typeof startInMemoryTracing>;
  beforeAll(() => {
    tracing = startInMemoryTracing();
  });
  afterAll(async () => {
    await tracing.stop();
  });

  it("records a span for the order action with the order transaction as its child, and nothing personal", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, {
      formFields: null,
      items: [{ name: "Sock", variants: [{ label: "One", stock: 10 }] }],
    });
    const input = orderInputFor(fixture, { email: "grace@example.org", name: "Grace Hopper" });
    const result = await placeOrderAction(fixture.event.slug, input);
    expect(result.ok).toBe(true);

    const spans = tracing.spans();
    const action = spans.find((s) => s.name === "action place-order");
    const transaction = spans.find((s) => s.name === "db.transaction place-order");
    expect(action, spans.map((s) => s.name).join(", ")).toBeDefined();
    expect(transaction).toBeDefined();
    expect(transaction!.parentSpanContext?.spanId).toBe(action!.spanContext().spanId);
    expect(transaction!.spanContext().traceId).toBe(action!.spanContext().traceId);
    expect(transaction!.attributes["db.operation.name"]).toBe("transaction");
    const recorded = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events, s.status]));
    expect(recorded).not.toContain("grace@example.org");
    expect(recorded).not.toContain("Grace Hopper");
  });

  it("records a span per dashboard action (orgAction), named after it", async () => {
    const action = orgAction({
      name: "traceProbe",
      permission: "orders.view",
      input: z.object({ orgId: z.uuid() }),
      run: async () => ok("traced"),
    });
    // Nobody is signed in: refused, and still traced.
    expect(await action({ orgId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(tracing.spans().map((s) => s.name)).toContain("action traceProbe");
  });

  it("marks a failed span with the error's class only, never its message", async () => {
    await expect(
      withSpan("probe", {}, async () => {
        throw new TypeError("ada@example.org typed this");
      }),
    ).rejects.toThrow(TypeError);
    const span = tracing.spans().find((s) => s.name === "probe");
    expect(span?.status).toEqual({ code: 2, message: "TypeError" });
  });
});

describe("without a registered SDK (no export target)", () => {
  it("spans are no-ops: nothing is recorded, so nothing can be exported", async () => {
    let recording: boolean | undefined;
    await withSpan("off", {}, async () => {
      recording = trace.getActiveSpan()?.isRecording() ?? false;
    });
    expect(recording).toBe(false);
  });
});

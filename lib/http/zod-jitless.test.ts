import { describe, expect, it } from "vitest";

/**
 * instrumentation-client.ts turns zod's JIT off in the browser, so zod never probes `new Function`, which the
 * Content-Security-Policy refuses and reports as a violation (ADR 015). It must work whether zod is loaded
 * before or after it, through the global object zod reads its configuration from.
 */
describe("instrumentation-client: zod without eval", { timeout: 30_000 }, () => {
  it("sets zod's jitless option, which zod then reports as its configuration", async () => {
    await import("../../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { limits } from "./limits";

/** The limits must agree with each other: a limit that another one makes unreachable is a bug waiting. */
describe("limits", () => {
  it("are positive integers (but for the list of image formats)", () => {
    for (const [name, value] of Object.entries(limits)) {
      if (name === "uploadImageTypes") continue;
      expect(typeof value === "number" && Number.isInteger(value) && value > 0, name).toBe(true);
    }
  });

  it("name each accepted image format with its media type", () => {
    for (const mediaType of Object.values(limits.uploadImageTypes))
      expect(mediaType).toMatch(/^image\/[a-z+.-]+$/);
  });

  it("let the largest allowed answers through a server action body", () => {
    expect(limits.serverActionBodyBytes).toBeGreaterThan(limits.answersJsonBytes);
  });

  it("keep text limits ordered: a short text is shorter than a long one", () => {
    expect(limits.shortTextMaxLength).toBeLessThan(limits.longTextMaxLength);
    expect(limits.labelMaxLength).toBeLessThanOrEqual(limits.shortTextMaxLength);
  });

  it("keep event slugs within a DNS label", () => {
    expect(limits.eventSlugMinLength).toBeLessThan(limits.eventSlugMaxLength);
    expect(limits.eventSlugMaxLength).toBeLessThanOrEqual(63);
  });

  it("bound uploads and pagination sensibly", () => {
    expect(limits.imageMaxDimension ** 2).toBeLessThanOrEqual(limits.imageMaxPixels);
    expect(limits.pageSizeDefault).toBeLessThanOrEqual(limits.pageSizeMax);
  });

  it("swallow a repeated order-link request for less time than the request limit counts", () => {
    expect(limits.orderLinkDedupeMs).toBeLessThan(limits.orderLinkWindowMs);
    expect(limits.orderLinkRequestsPerEmail).toBeGreaterThan(1);
  });

  it("back off the outbox within its cap", () => {
    expect(limits.outboxBaseBackoffMs).toBeLessThan(limits.outboxMaxBackoffMs);
    expect(limits.outboxMaxAttempts).toBeGreaterThan(1);
  });
});

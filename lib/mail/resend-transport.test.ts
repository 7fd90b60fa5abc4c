import { describe, expect, it } from "vitest";
import { classifyResendError } from "./resend-transport";

const classify = (statusCode: number | null, name: string) =>
  classifyResendError({ statusCode, name, message: "m" }).retryable;

describe("classifyResendError", () => {
  it("retries server errors, rate limits and network failures", () => {
    expect(classify(500, "internal_server_error")).toBe(true);
    expect(classify(503, "application_error")).toBe(true);
    expect(classify(429, "rate_limit_exceeded")).toBe(true);
    expect(classify(429, "daily_quota_exceeded")).toBe(true);
    expect(classify(null, "application_error")).toBe(true);
    expect(classify(409, "concurrent_idempotent_requests")).toBe(true);
  });

  it("retries configuration errors of the account, which an operator fixes without changing the message", () => {
    expect(classify(401, "missing_api_key")).toBe(true);
    expect(classify(403, "invalid_api_key")).toBe(true);
  });

  it("gives up on errors of the message itself", () => {
    expect(classify(422, "validation_error")).toBe(false);
    expect(classify(422, "missing_required_field")).toBe(false);
    expect(classify(403, "invalid_from_address")).toBe(false);
    expect(classify(409, "invalid_idempotent_request")).toBe(false);
    expect(classify(400, "invalid_parameter")).toBe(false);
  });

  it("keeps the provider's error name as the code", () => {
    const error = classifyResendError({
      statusCode: 422,
      name: "validation_error",
      message: "Invalid `to` field",
    });
    expect(error).toMatchObject({ code: "validation_error", statusCode: 422, retryable: false });
  });
});

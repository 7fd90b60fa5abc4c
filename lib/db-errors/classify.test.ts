import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./classify";

const pgError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error("pg"), { code, ...extra });
const wrapped = (cause: unknown) => new DrizzleQueryError("insert into orders ...", [], cause as Error);

describe("isUniqueViolation", () => {
  it("matches the named constraint through Drizzle's wrapper", () => {
    const error = wrapped(pgError("23505", { constraint: "orders_event_idempotency_key" }));
    expect(isUniqueViolation(error, "orders_event_idempotency_key")).toBe(true);
    expect(isUniqueViolation(error, "orders_event_reference_key")).toBe(false);
    expect(
      isUniqueViolation(
        wrapped(pgError("23503", { constraint: "orders_event_idempotency_key" })),
        "orders_event_idempotency_key",
      ),
    ).toBe(false);
  });
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["admin shutdown", wrapped(pgError("57P01"))],
    ["connection failure", wrapped(pgError("08006"))],
    ["too many connections", pgError("53300")],
    ["deadlock", wrapped(pgError("40P01"))],
    ["terminated", wrapped(new Error("Connection terminated unexpectedly"))],
    ["pool timeout", new Error("timeout exceeded when trying to connect")],
    ["a frozen server (client read timeout)", wrapped(new Error("Query read timeout"))],
    ["a statement cancelled by statement_timeout", wrapped(pgError("57014"))],
  ])("treats %s as unavailable", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["unique violation", wrapped(pgError("23505"))],
    ["check violation", wrapped(pgError("23514"))],
    ["syntax error", wrapped(pgError("42601"))],
    ["a bug", new TypeError("cannot read properties of undefined")],
    [
      "a query quoting attendee input",
      new DrizzleQueryError("select $1", ["Connection terminated"], new Error("boom")),
    ],
  ])("does not hide %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

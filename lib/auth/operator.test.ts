import { describe, expect, it } from "vitest";
import { isOperator, operatorEmails } from "./operator";

describe("operators", () => {
  it("are the signed-in users listed in OPERATOR_EMAILS, compared without case or spaces", () => {
    const list = operatorEmails(" Ops@Example.com, second@example.com ,,");
    expect([...list]).toEqual(["ops@example.com", "second@example.com"]);
    expect(isOperator({ email: "OPS@example.com" }, list)).toBe(true);
    expect(isOperator({ email: "someone@example.com" }, list)).toBe(false);
  });

  it("are nobody when the list is unset or empty, and never an anonymous visitor", () => {
    expect(isOperator({ email: "ops@example.com" }, operatorEmails(undefined))).toBe(false);
    expect(isOperator({ email: "" }, operatorEmails(""))).toBe(false);
    expect(isOperator(null, operatorEmails("ops@example.com"))).toBe(false);
  });
});

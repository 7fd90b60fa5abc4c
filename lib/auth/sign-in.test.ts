import { describe, expect, test } from "vitest";
import { memberRole } from "@/db/schema";
import { roles } from "./permissions";
import { safeCallbackUrl } from "./sign-in";
import { signInRequestSchema } from "./sign-in-schema";

describe("safeCallbackUrl", () => {
  test.each([
    ["/dashboard/abc/events", "/dashboard/abc/events"],
    ["/dashboard/invite/tok", "/dashboard/invite/tok"],
    [undefined, "/dashboard"],
    ["https://evil.example/dashboard", "/dashboard"],
    ["//evil.example/dashboard", "/dashboard"],
    ["/s/devconf", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe("signInRequestSchema", () => {
  test("trims the address and names the problem", () => {
    expect(signInRequestSchema.parse({ email: "  a@example.com " }).email).toBe("a@example.com");
    const empty = signInRequestSchema.safeParse({ email: "" });
    expect(empty.error?.issues[0]?.message).toBe("Enter your email address");
    const bad = signInRequestSchema.safeParse({ email: "not-an-email" });
    expect(bad.error?.issues[0]?.message).toBe("Enter an email address like name@example.com");
  });
});

test("the database's member roles are exactly the permission table's roles", () => {
  expect([...memberRole.enumValues]).toEqual([...roles]);
});

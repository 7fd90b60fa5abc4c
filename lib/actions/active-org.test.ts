import { describe, expect, it } from "vitest";
import { ACTIVE_ORG_COOKIE, activeOrgCookie } from "./active-org";

describe("activeOrgCookie", () => {
  const orgId = "0b6f7c1e-2a4d-4c8e-9f3a-5d6e7f8a9b0c";

  it("is Secure when the dashboard is served over HTTPS", () => {
    expect(activeOrgCookie(orgId, { secure: true })).toBe(
      `${ACTIVE_ORG_COOKIE}=${orgId}; path=/dashboard; max-age=31536000; samesite=lax; secure`,
    );
  });

  it("leaves Secure off over plain HTTP (development), where a browser would refuse the cookie", () => {
    expect(activeOrgCookie(orgId, { secure: false })).not.toMatch(/secure/);
  });

  it("cannot be made to add attributes by its value", () => {
    expect(activeOrgCookie("x; domain=evil.example", { secure: true })).toMatch(
      /^swagstand-org=x%3B%20domain%3Devil.example; path=/,
    );
  });
});

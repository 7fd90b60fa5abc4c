import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { orderAccessToken, hashAccessToken, isWellFormedAccessToken } from "@/lib/crypto/order-token";
import {
  hashInvitationToken,
  invitationToken,
  isWellFormedInvitationToken,
} from "@/lib/crypto/invitation-token";
import { hashToken, hmacToken, isWellFormedToken } from "./hmac-token";

const secret = "a-test-secret-of-reasonable-length";
const id = "0190f3a2-7c1e-7b6a-9f00-1234567890ab";

describe("hmacToken", () => {
  it("is the base64url HMAC-SHA256 of purpose:subject, so links already mailed keep working", () => {
    const expected = createHmac("sha256", secret).update(`order-access:${id}`).digest("base64url");
    expect(hmacToken("order-access", id, secret)).toBe(expected);
    expect(hmacToken("order-access", id, secret)).toHaveLength(43);
  });

  it("differs by purpose, subject and secret", () => {
    const token = hmacToken("order-access", id, secret);
    expect(hmacToken("invitation", id, secret)).not.toBe(token);
    expect(hmacToken("order-access", `${id}x`, secret)).not.toBe(token);
    expect(hmacToken("order-access", id, `${secret}x`)).not.toBe(token);
  });

  it("refuses to sign without a secret", () => {
    expect(() => hmacToken("order-access", id, "")).toThrow(/secret/);
  });

  it("is what orders and invitations use", () => {
    expect(orderAccessToken(id, secret)).toBe(hmacToken("order-access", id, secret));
    expect(invitationToken(id, secret)).toBe(hmacToken("invitation", id, secret));
    const token = orderAccessToken(id, secret);
    expect(hashAccessToken(token)).toBe(hashToken(token));
    expect(hashInvitationToken(token)).toBe(hashToken(token));
  });
});

describe("hashToken", () => {
  it("is the hex sha256 the database stores", () => {
    expect(hashToken("abc")).toBe(createHash("sha256").update("abc").digest("hex"));
  });
});

describe("isWellFormedToken", () => {
  it("accepts exactly 43 base64url characters", () => {
    expect(isWellFormedToken(hmacToken("invitation", id, secret))).toBe(true);
    expect(isWellFormedToken("a".repeat(43))).toBe(true);
    for (const bad of ["", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
    expect(isWellFormedAccessToken).toBe(isWellFormedToken);
    expect(isWellFormedInvitationToken).toBe(isWellFormedToken);
  });
});

import { describe, expect, it } from "vitest";
import { createPreviewToken, PREVIEW_TTL_MS, verifyPreviewToken } from "./preview-token";

const SECRET = "test-secret-for-preview-tokens";
const EVENT = "3f0c2a1e-8d4b-4c6a-9e2f-1a2b3c4d5e6f";
const OTHER_EVENT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const NOW = new Date("2026-06-01T10:00:00Z");

describe("page preview tokens", () => {
  it("names the event and expires after 24 hours by default", () => {
    const { token, expiresAt } = createPreviewToken({ eventId: EVENT, now: NOW, secret: SECRET });
    expect(PREVIEW_TTL_MS).toBe(24 * 60 * 60 * 1000);
    expect(expiresAt.toISOString()).toBe("2026-06-02T10:00:00.000Z");
    expect(verifyPreviewToken(token, { now: NOW, secret: SECRET })).toEqual({
      ok: true,
      eventId: EVENT,
      expiresAt,
    });
    // URL-safe as it is: it goes straight into a path segment.
    expect(token).toMatch(/^[0-9a-f-]+\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
  });

  it("refuses an expired token", () => {
    const { token, expiresAt } = createPreviewToken({ eventId: EVENT, now: NOW, secret: SECRET });
    expect(verifyPreviewToken(token, { now: expiresAt, secret: SECRET })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifyPreviewToken(token, { now: new Date(expiresAt.getTime() - 1000), secret: SECRET }).ok).toBe(
      true,
    );
  });

  it("refuses a token whose expiry or event was changed, or that another secret signed", () => {
    const { token } = createPreviewToken({ eventId: EVENT, now: NOW, secret: SECRET });
    const [, expires, signature] = token.split(".") as [string, string, string];
    const later = (Number.parseInt(expires, 36) + 365 * 24 * 3600).toString(36);
    expect(verifyPreviewToken(`${EVENT}.${later}.${signature}`, { now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: "tampered",
    });
    // The same signature does not open another event's preview.
    expect(
      verifyPreviewToken(`${OTHER_EVENT}.${expires}.${signature}`, { now: NOW, secret: SECRET }),
    ).toEqual({
      ok: false,
      reason: "tampered",
    });
    expect(verifyPreviewToken(token, { now: NOW, secret: "another-secret" })).toEqual({
      ok: false,
      reason: "tampered",
    });
    const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(verifyPreviewToken(`${EVENT}.${expires}.${flipped}`, { now: NOW, secret: SECRET }).ok).toBe(false);
  });

  it("refuses malformed tokens before checking anything", () => {
    for (const bad of [
      "",
      "x",
      `${EVENT}..`,
      `${EVENT}.zz`,
      `not-a-uuid.abc.${"a".repeat(43)}`,
      `${EVENT}.abc.short`,
    ])
      expect(verifyPreviewToken(bad, { now: NOW, secret: SECRET })).toEqual({
        ok: false,
        reason: "malformed",
      });
  });
});

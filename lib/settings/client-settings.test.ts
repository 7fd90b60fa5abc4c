import { describe, expect, it } from "vitest";
import { FLAG_KEYS } from "@/lib/flags/definitions";
import { limits } from "@/lib/limits";
import { detectImageType } from "@/lib/storage/detect-image-type";
import { CLIENT_LIMIT_KEYS, clientSettings, imageAccept, imageFormatsText } from "./client-settings";

describe("the client settings object (ADR 034)", () => {
  const settings = clientSettings((key) => key === "order-link-resend");

  it("carries the very values of lib/limits.ts for every limit a client component reads", () => {
    expect(Object.keys(settings.limits).sort()).toEqual([...CLIENT_LIMIT_KEYS].sort());
    for (const key of CLIENT_LIMIT_KEYS) expect(settings.limits[key], key).toEqual(limits[key]);
    expect(settings.limits.nameMaxLength).toBe(limits.nameMaxLength);
    expect(settings.limits.uploadMaxBytes).toBe(5 * 1024 * 1024);
  });

  it("leaves the server's own tuning out of the page (rate limits, outbox)", () => {
    expect(settings.limits).not.toHaveProperty("ordersPerClient");
    expect(settings.limits).not.toHaveProperty("outboxMaxAttempts");
  });

  it("carries every defined flag as the server decided it", () => {
    expect(Object.keys(settings.flags).sort()).toEqual([...FLAG_KEYS].sort());
    expect(settings.flags["order-link-resend"]).toBe(true);
    expect(clientSettings(() => false).flags["order-link-resend"]).toBe(false);
  });

  it("survives the trip from server to browser unchanged (plain JSON)", () => {
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
  });

  it("offers in the file picker exactly the formats the server's content check recognises", () => {
    const accept = imageAccept(settings.limits).split(",");
    expect(accept).toEqual(Object.values(limits.uploadImageTypes));
    const samples: Record<string, Buffer> = {
      png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      gif: Buffer.from("GIF89a"),
      webp: Buffer.from("RIFF\0\0\0\0WEBP"),
      svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
    };
    for (const [type, bytes] of Object.entries(samples)) {
      const detected = detectImageType(bytes);
      expect(detected, type).toBe(type);
      expect(accept).toContain(limits.uploadImageTypes[detected!]);
    }
    expect(imageFormatsText(settings.limits)).toBe("PNG, JPEG, WebP, GIF, AVIF or SVG");
  });
});

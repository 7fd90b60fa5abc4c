import { describe, expect, it } from "vitest";
import { localMailboxVisible, parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with no environment at all, on the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ROOT_DOMAIN).toBe("localhost:3000");
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.secret.length).toBeGreaterThanOrEqual(32);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ EMBEDDED_PG_PORT: "80" })).toThrow(/EMBEDDED_PG_PORT/);
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("reads the rate-limit settings, refusing a proxy list it cannot read", () => {
    expect(parseEnv({}).RATE_LIMIT_FACTOR).toBe(1);
    expect(parseEnv({ RATE_LIMIT_FACTOR: "1000" }).RATE_LIMIT_FACTOR).toBe(1000);
    expect(() => parseEnv({ RATE_LIMIT_FACTOR: "0" })).toThrow(/RATE_LIMIT_FACTOR/);
    expect(parseEnv({ TRUSTED_PROXY: "10.0.0.0/8, ::1" }).TRUSTED_PROXY).toBe("10.0.0.0/8, ::1");
    expect(() => parseEnv({ TRUSTED_PROXY: "10.0.0.0/8, my-load-balancer" })).toThrow(
      /TRUSTED_PROXY: "my-load-balancer" is not an IP address/,
    );
  });

  it("takes Resend's webhook signing secret only in its whsec_ form", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    expect(parseEnv({ RESEND_WEBHOOK_SECRET: secret }).RESEND_WEBHOOK_SECRET).toBe(secret);
    expect(parseEnv({ RESEND_WEBHOOK_SECRET: "" }).RESEND_WEBHOOK_SECRET).toBeUndefined();
    for (const wrong of ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_", "whsec_not base64!"]) {
      expect(() => parseEnv({ RESEND_WEBHOOK_SECRET: wrong })).toThrow(/RESEND_WEBHOOK_SECRET/);
    }
  });

  it("requires a real secret once a real database is configured", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://u:p@db.example.com/x" })).toThrow(/APP_SECRET/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://u:p@db.example.com/x", APP_SECRET: "short" })).toThrow(
      /APP_SECRET/,
    );
    const env = parseEnv({ DATABASE_URL: "postgres://u:p@db.example.com/x", APP_SECRET: "x".repeat(40) });
    expect(env.secret).toBe("x".repeat(40));
  });
});

describe("localMailboxVisible", () => {
  const secret = { APP_SECRET: "x".repeat(40) };
  it("shows the mailbox in development and on the embedded database", () => {
    expect(localMailboxVisible(parseEnv({}))).toBe(true);
    expect(localMailboxVisible(parseEnv({ NODE_ENV: "production" }))).toBe(true);
  });

  it("never shows it with a mail provider, or from production on a real database", () => {
    expect(localMailboxVisible(parseEnv({ RESEND_API_KEY: "re_123" }))).toBe(false);
    expect(
      localMailboxVisible(
        parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u:p@db/x", ...secret }),
      ),
    ).toBe(false);
  });
});

describe("operations variables (ADR 027)", () => {
  it("refuses an unknown MAINTENANCE_MODE and a malformed OPERATOR_EMAILS, naming the variable", () => {
    expect(() => parseEnv({ MAINTENANCE_MODE: "maybe" })).toThrow(/MAINTENANCE_MODE/);
    expect(() => parseEnv({ OPERATOR_EMAILS: "ops@example.com, not an email" })).toThrow(/OPERATOR_EMAILS/);
  });

  it("accepts the documented values", () => {
    const env = parseEnv({ MAINTENANCE_MODE: "read_only", OPERATOR_EMAILS: "a@example.com, b@example.com" });
    expect(env.MAINTENANCE_MODE).toBe("read_only");
  });
});

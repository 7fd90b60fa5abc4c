import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { createLogger, levelFromEnv, loggerFor, type LogLevel } from "./logger";

function capture(level: LogLevel = "trace") {
  const lines: string[] = [];
  const log = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const raw = () => lines.join("");
  return { log, records, raw };
}

const EMAIL = "ada.lovelace@example.org";
const NAME = "Ada Lovelace";

describe("logger output", () => {
  it("writes one JSON line with level label, ISO time, service and message", () => {
    const { log, records } = capture();
    log.info({ orderId: "ord_1" }, "order placed");
    const [line] = records();
    expect(line).toMatchObject({
      level: "info",
      service: "swagstand",
      msg: "order placed",
      orderId: "ord_1",
    });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
  });

  it("respects the level", () => {
    const { log, records } = capture("warn");
    log.info("hidden");
    log.warn("shown");
    expect(records().map((r) => r.msg)).toEqual(["shown"]);
  });

  it("adds request context through child loggers", () => {
    const { log, records } = capture();
    loggerFor({ requestId: "req-12345678", tenant: "devconf", route: "/s/[slug]/order" }, log).info("hello");
    loggerFor({ requestId: "req-87654321", tenant: null }, log).info("no tenant");
    const [a, b] = records();
    expect(a).toMatchObject({
      requestId: "req-12345678",
      tenant: "devconf",
      route: "/s/[slug]/order",
      msg: "hello",
    });
    expect(b).toMatchObject({ requestId: "req-87654321" });
    expect(b).not.toHaveProperty("tenant");
  });
});

describe("logger redaction", () => {
  it("censors attendee personal data at any depth and keeps ids", () => {
    const { log, raw, records } = capture();
    const attendee = {
      name: NAME,
      email: EMAIL,
      phone: "+44 20 7946 0000",
      shippingAddress: "12 St James's Sq",
    };
    log.info(
      {
        orderId: "ord_1",
        attendee,
        attendeeEmail: EMAIL,
        answers: { tshirt: "L", dietary: "vegan" },
        order: {
          lines: [{ variantId: "v1", quantity: 2 }],
          customer: { contact: { profile: { email: EMAIL } } },
        },
      },
      "order placed",
    );
    const out = raw();
    for (const secret of [EMAIL, NAME, "+44 20 7946 0000", "St James", "vegan"])
      expect(out).not.toContain(secret);
    const [line] = records();
    expect(line).toMatchObject({
      orderId: "ord_1",
      attendee: {
        name: "[redacted]",
        email: "[redacted]",
        phone: "[redacted]",
        shippingAddress: "[redacted]",
      },
      attendeeEmail: "[redacted]",
      answers: "[redacted]",
      order: { lines: [{ variantId: "v1", quantity: 2 }] },
    });
    // The caller's object is not modified.
    expect(attendee.email).toBe(EMAIL);
  });

  it("censors tokens, authorization and cookies in headers, plain or as a Headers object", () => {
    const { log, raw, records } = capture();
    log.info({
      req: {
        headers: {
          authorization: "Bearer sk_live_abc123",
          cookie: "authjs.session-token=s3cr3t",
          "x-request-id": "req-12345678",
        },
      },
      res: { headers: { "set-cookie": "authjs.session-token=s3cr3t; Path=/" } },
      headers: new Headers({ Authorization: "Basic dXNlcjpwYXNz", "user-agent": "Mozilla/5.0" }),
      previewToken: "tok_preview_1",
      apiKey: "re_123456",
      RESEND_API_KEY: "re_abcdef",
      APP_SECRET: "x".repeat(40),
      DATABASE_URL: "postgres://user:pw@db/x",
    });
    const out = raw();
    for (const secret of [
      "sk_live_abc123",
      "s3cr3t",
      "dXNlcjpwYXNz",
      "tok_preview_1",
      "re_123456",
      "re_abcdef",
      "x".repeat(40),
      ":pw@",
    ]) {
      expect(out).not.toContain(secret);
    }
    const [line] = records();
    expect(line).toMatchObject({
      req: { headers: { authorization: "[redacted]", cookie: "[redacted]", "x-request-id": "req-12345678" } },
      res: { headers: { "set-cookie": "[redacted]" } },
      headers: { authorization: "[redacted]", "user-agent": "Mozilla/5.0" },
    });
  });

  it("censors personal data in child bindings", () => {
    const { log, raw } = capture();
    log.child({ email: EMAIL, requestId: "req-12345678" }).info("x");
    log
      .child({ route: "/x" })
      .child({ attendee: { name: NAME } })
      .info("grandchild");
    expect(raw()).not.toContain(EMAIL);
    expect(raw()).not.toContain(NAME);
    expect(raw()).toContain("req-12345678");
    expect(raw()).toContain('"route":"/x"');
  });

  it("scrubs email addresses and credentials from messages", () => {
    const { log, records } = capture();
    log.info(`sending confirmation to ${EMAIL}`);
    log.warn("retrying %s", `with Bearer abc.def.ghi for ${EMAIL}`);
    log.info("connecting to postgres://app:hunter2@db.internal:5432/swagstand");
    const msgs = records().map((r) => String(r.msg));
    expect(msgs[0]).toBe("sending confirmation to [email]");
    expect(msgs[1]).not.toContain("abc.def.ghi");
    expect(msgs[1]).not.toContain(EMAIL);
    expect(msgs[2]).toBe("connecting to postgres://[redacted]@db.internal:5432/swagstand");
  });

  it("logs errors with type, message and stack but without query parameters or row details", () => {
    const { log, raw, records } = capture();
    const pgError = Object.assign(
      new Error('duplicate key value violates unique constraint "orders_email_idx"'),
      {
        code: "23505",
        constraint: "orders_email_idx",
        detail: `Key (email)=(${EMAIL}) already exists.`,
      },
    );
    const error = new DrizzleQueryError(
      "insert into orders (email, name) values ($1, $2)",
      [EMAIL, NAME],
      pgError,
    );
    log.error({ err: error }, "order failed");
    log.error(error);

    const out = raw();
    expect(out).not.toContain(EMAIL);
    expect(out).not.toContain(NAME);
    const [withMsg, bare] = records();
    expect(withMsg).toMatchObject({
      msg: "order failed",
      err: {
        type: "DrizzleQueryError",
        message: "Failed query: insert into orders (email, name) values ($1, $2)\nparams: [redacted]",
        cause: { type: "Error", code: "23505", constraint: "orders_email_idx" },
      },
    });
    const err = withMsg?.err as { stack: string; cause: Record<string, unknown> };
    expect(err.stack.startsWith("Error: Failed query: insert into orders")).toBe(true);
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err.cause).not.toHaveProperty("detail");
    // A bare error gets the cleaned message as msg, not the raw one.
    expect(bare?.msg).toBe(
      "Failed query: insert into orders (email, name) values ($1, $2)\nparams: [redacted]",
    );
  });

  it("handles thrown non-errors and errors with sensitive messages", () => {
    const { log, raw } = capture();
    log.error({ err: new Error(`no user ${EMAIL}`) }, "lookup failed");
    log.error({ err: "string thrown" }, "weird");
    expect(raw()).not.toContain(EMAIL);
    expect(raw()).toContain("no user [email]");
  });

  it("drops values nested deeper than it checks", () => {
    const { log, raw } = capture();
    let deep: Record<string, unknown> = { secretless: "deep-value" };
    for (let i = 0; i < 12; i++) deep = { level: deep };
    log.info({ deep });
    expect(raw()).not.toContain("deep-value");
    expect(raw()).toContain("[truncated]");
  });
});

describe("levelFromEnv", () => {
  it("reads LOG_LEVEL, ignores invalid values, and is silent under test by default", () => {
    expect(levelFromEnv({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(levelFromEnv({ LOG_LEVEL: " WARN " })).toBe("warn");
    expect(levelFromEnv({ LOG_LEVEL: "verbose" })).toBe("info");
    expect(levelFromEnv({})).toBe("info");
    expect(levelFromEnv({ NODE_ENV: "test" })).toBe("silent");
    expect(levelFromEnv({ NODE_ENV: "test", LOG_LEVEL: "info" })).toBe("info");
  });
});

import { describe, expect, it } from "vitest";
import { deliveryFailed, deliveryLabel } from "./delivery-label";
import { parseResendWebhook } from "./delivery-reports";

const now = new Date("2026-03-01T12:00:00Z");

function event(type: string, data: Record<string, unknown> = {}) {
  return { type, created_at: "2026-03-01T11:59:00.000Z", data: { email_id: "re_1", ...data } };
}

describe("parseResendWebhook", () => {
  it("maps the four delivery events to their status, timed by the event", () => {
    for (const [type, status] of [
      ["email.delivered", "delivered"],
      ["email.delivery_delayed", "delivery_delayed"],
      ["email.bounced", "bounced"],
      ["email.complained", "complained"],
    ] as const) {
      expect(parseResendWebhook(event(type), now)).toMatchObject({
        ok: true,
        report: { status, providerMessageId: "re_1", occurredAt: new Date("2026-03-01T11:59:00.000Z") },
      });
    }
  });

  it("keeps a bounce's type, subtype and message, without the recipient's address", () => {
    const parsed = parseResendWebhook(
      event("email.bounced", {
        to: ["jane.doe@example.com"],
        bounce: {
          type: "Permanent",
          subType: "Suppressed",
          message: "The address jane.doe@example.com is on the suppression list;\n  see <x@y.example>",
        },
      }),
      now,
    );
    expect(parsed).toMatchObject({
      ok: true,
      report: {
        detail: "Permanent/Suppressed: The address [address] is on the suppression list; see <[address]>",
      },
    });
    expect(JSON.stringify(parsed)).not.toContain("jane.doe");
  });

  it("bounds a long bounce message and says what a complaint is", () => {
    const long = parseResendWebhook(event("email.bounced", { bounce: { message: "x".repeat(2_000) } }), now);
    expect(long.ok && long.report?.detail?.length).toBe(300);
    expect(parseResendWebhook(event("email.complained"), now)).toMatchObject({
      report: { detail: "marked as spam by the recipient" },
    });
    expect(parseResendWebhook(event("email.delivered"), now)).toMatchObject({ report: { detail: null } });
  });

  it("falls back to the data's time, then now, when the event's time is missing or invalid", () => {
    const dataTime = {
      ...event("email.delivered", { created_at: "2026-02-01T00:00:00Z" }),
      created_at: "soon",
    };
    expect(parseResendWebhook(dataTime, now)).toMatchObject({
      report: { occurredAt: new Date("2026-02-01T00:00:00Z") },
    });
    const untimed: Record<string, unknown> = { ...event("email.delivered") };
    delete untimed.created_at;
    expect(parseResendWebhook(untimed, now)).toMatchObject({ report: { occurredAt: now } });
  });

  it("ignores event types it does not record", () => {
    for (const type of ["email.sent", "email.opened", "email.clicked", "contact.created"]) {
      expect(parseResendWebhook(event(type), now)).toEqual({ ok: true, report: null, ignoredType: type });
    }
  });

  it("refuses what is not a Resend event, and a delivery event without an email id", () => {
    for (const body of [
      null,
      "email.bounced",
      [],
      { type: "email.bounced" },
      { data: {} },
      { type: 3, data: {} },
    ]) {
      expect(parseResendWebhook(body, now).ok, JSON.stringify(body)).toBe(false);
    }
    expect(parseResendWebhook({ type: "email.bounced", data: { email_id: "" } }, now).ok).toBe(false);
    expect(parseResendWebhook({ type: "email.bounced", data: { email_id: "a\u0000b" } }, now).ok).toBe(false);
  });
});

describe("deliveryLabel", () => {
  it("reads the outbox's state until the provider reports, then the provider's word", () => {
    expect(deliveryLabel({ status: "pending" })).toBe("pending");
    expect(deliveryLabel({ status: "sent", deliveryStatus: null })).toBe("sent");
    expect(deliveryLabel({ status: "dead" })).toBe("failed");
    expect(deliveryLabel({ status: "sent", deliveryStatus: "delivered" })).toBe("delivered");
    expect(deliveryLabel({ status: "sent", deliveryStatus: "delivery_delayed" })).toBe(
      "sent, delivery delayed",
    );
    expect(
      deliveryLabel({ status: "sent", deliveryStatus: "bounced", deliveryDetail: "Permanent/General" }),
    ).toBe("bounced: Permanent/General");
    expect(deliveryLabel({ status: "sent", deliveryStatus: "bounced" })).toBe("bounced: no reason given");
    expect(deliveryLabel({ status: "sent", deliveryStatus: "complained" })).toBe(
      "failed: marked as spam by the recipient",
    );
  });

  it("counts refused, bounced and complained as failed, nothing else", () => {
    expect(deliveryFailed({ status: "dead" })).toBe(true);
    expect(deliveryFailed({ status: "sent", deliveryStatus: "bounced" })).toBe(true);
    expect(deliveryFailed({ status: "sent", deliveryStatus: "complained" })).toBe(true);
    expect(deliveryFailed({ status: "sent", deliveryStatus: "delivered" })).toBe(false);
    expect(deliveryFailed({ status: "sent", deliveryStatus: "delivery_delayed" })).toBe(false);
    expect(deliveryFailed({ status: "pending" })).toBe(false);
  });
});

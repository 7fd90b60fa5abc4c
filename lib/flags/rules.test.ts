import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { evaluateFlag, rolloutBucket, type FlagRule } from "./rules";

const rule = (over: Partial<FlagRule> = {}): FlagRule => ({
  key: "order-link-resend",
  enabled: true,
  rolloutPercent: 0,
  orgIds: [],
  eventIds: [],
  ...over,
});
const org = "11111111-1111-4111-8111-111111111111";
const event = "22222222-2222-4222-8222-222222222222";

describe("evaluateFlag", () => {
  it("is off for a missing or disabled flag, whatever its lists and percentage", () => {
    expect(evaluateFlag(null, { orgId: org })).toBe(false);
    expect(
      evaluateFlag(rule({ enabled: false, rolloutPercent: 100, orgIds: [org], eventIds: [event] }), {
        orgId: org,
        eventId: event,
      }),
    ).toBe(false);
  });

  it("is on for an allow-listed organisation or event, even at 0%", () => {
    expect(evaluateFlag(rule({ orgIds: [org] }), { orgId: org, eventId: event })).toBe(true);
    expect(evaluateFlag(rule({ eventIds: [event] }), { orgId: randomUUID(), eventId: event })).toBe(true);
    expect(evaluateFlag(rule({ orgIds: [org] }), { orgId: randomUUID(), eventId: event })).toBe(false);
  });

  it("is on for everyone at 100% and for nobody unlisted at 0%, subject or not", () => {
    expect(evaluateFlag(rule({ rolloutPercent: 100 }), {})).toBe(true);
    expect(evaluateFlag(rule({ rolloutPercent: 0 }), { orgId: org, eventId: event })).toBe(false);
    expect(evaluateFlag(rule({ rolloutPercent: 50 }), {})).toBe(false);
  });

  it("rolls out to about the given share of subjects, stably, and only adds subjects as it grows", () => {
    const subjects = Array.from({ length: 4000 }, () => randomUUID());
    const on = (percent: number) =>
      new Set(subjects.filter((id) => evaluateFlag(rule({ rolloutPercent: percent }), { eventId: id })));
    const at25 = on(25);
    expect(at25.size / subjects.length).toBeGreaterThan(0.21);
    expect(at25.size / subjects.length).toBeLessThan(0.29);
    expect(on(25)).toEqual(at25); // the same subjects every time
    const at60 = on(60);
    for (const id of at25) expect(at60.has(id)).toBe(true);
  });

  it("decides by the event when there is one, else by the organisation", () => {
    const r = rule({ rolloutPercent: 50 });
    const byEvent = rolloutBucket(r.key, event) < 50;
    expect(evaluateFlag(r, { orgId: org, eventId: event })).toBe(byEvent);
    expect(evaluateFlag(r, { orgId: org })).toBe(rolloutBucket(r.key, org) < 50);
  });

  it("picks different subjects for different flags", () => {
    const ids = Array.from({ length: 200 }, () => randomUUID());
    const a = ids.filter((id) => rolloutBucket("flag-a", id) < 50);
    const b = ids.filter((id) => rolloutBucket("flag-b", id) < 50);
    expect(a).not.toEqual(b);
  });
});

import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAINTENANCE_MESSAGES,
  effectiveMaintenance,
  globalMaintenance,
  refusesWrites,
  type MaintenanceSetting,
} from "./mode";

const off: MaintenanceSetting = { mode: "off", message: null };
const ro = (message: string | null = null): MaintenanceSetting => ({ mode: "read_only", message });
const closed = (message: string | null = null): MaintenanceSetting => ({ mode: "closed", message });

describe("effectiveMaintenance", () => {
  it("is off when both are off, whatever the messages", () => {
    expect(effectiveMaintenance(off, { mode: "off", message: "stale" })).toEqual({
      mode: "off",
      message: "",
      source: "none",
    });
    expect(effectiveMaintenance(off, null).mode).toBe("off");
  });

  it("takes the stricter of global and event, with that level's message", () => {
    expect(effectiveMaintenance(ro("global words"), off)).toEqual({
      mode: "read_only",
      message: "global words",
      source: "global",
    });
    expect(effectiveMaintenance(off, closed("event words"))).toEqual({
      mode: "closed",
      message: "event words",
      source: "event",
    });
    expect(effectiveMaintenance(closed("global closed"), ro("event ro"))).toMatchObject({
      mode: "closed",
      message: "global closed",
    });
    expect(effectiveMaintenance(ro("global ro"), closed("event closed"))).toMatchObject({
      mode: "closed",
      message: "event closed",
    });
  });

  it("lets the event's (more specific) message win a tie", () => {
    expect(effectiveMaintenance(ro("global"), ro("event"))).toMatchObject({
      message: "event",
      source: "event",
    });
  });

  it("falls back to a default wording when no message was set (or only blanks)", () => {
    expect(effectiveMaintenance(ro("   "), off).message).toBe(DEFAULT_MAINTENANCE_MESSAGES.read_only);
    expect(effectiveMaintenance(off, closed()).message).toBe(DEFAULT_MAINTENANCE_MESSAGES.closed);
  });
});

describe("globalMaintenance", () => {
  it("is the stored setting without an environment override", () => {
    expect(globalMaintenance(ro("stored"), {})).toEqual(ro("stored"));
    expect(globalMaintenance(null, {})).toEqual(off);
  });

  it("lets MAINTENANCE_MODE and MAINTENANCE_MESSAGE override the stored setting in an emergency", () => {
    expect(
      globalMaintenance(off, { MAINTENANCE_MODE: "closed", MAINTENANCE_MESSAGE: "Back at 10:00" }),
    ).toEqual(closed("Back at 10:00"));
    // "off" in the environment also wins: an operator can reopen while the database row says closed.
    expect(globalMaintenance(closed("stored"), { MAINTENANCE_MODE: "off" })).toEqual({
      mode: "off",
      message: "stored",
    });
  });

  it("ignores an empty or unknown MAINTENANCE_MODE", () => {
    expect(globalMaintenance(ro(), { MAINTENANCE_MODE: "" })).toEqual(ro());
    expect(globalMaintenance(ro(), { MAINTENANCE_MODE: "maybe" })).toEqual(ro());
  });
});

describe("refusesWrites", () => {
  it("refuses ordering and cancelling in read_only and closed only", () => {
    expect(refusesWrites("off")).toBe(false);
    expect(refusesWrites("read_only")).toBe(true);
    expect(refusesWrites("closed")).toBe(true);
  });
});

import { describe, expect, test } from "vitest";
import { eventRetentionSchema, organisationRetentionSchema, retentionDaysValue } from "./retention-schemas";

const orgId = "00000000-0000-4000-8000-000000000001";
const eventId = "00000000-0000-4000-8000-000000000002";
const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("retention days", () => {
  test("the organisation's default: a whole number from 1 to 3650, with a specific message otherwise", () => {
    const parse = (days: string) => organisationRetentionSchema.safeParse({ orgId, days });
    expect(parse(" 90 ").success).toBe(true);
    expect(parse("1").success).toBe(true);
    expect(parse("3650").success).toBe(true);
    expect(messageOf(parse(""))).toBe("Enter the number of days");
    expect(messageOf(parse("0"))).toBe("Keep the data at least 1 day after the event");
    expect(messageOf(parse("3651"))).toBe("At most 3650 days (10 years)");
    expect(messageOf(parse("1.5"))).toBe("Enter a whole number of days, e.g. 90");
    expect(messageOf(parse("-3"))).toBe("Enter a whole number of days, e.g. 90");
  });

  test("an event's override: empty means the organisation's default", () => {
    const parse = (days: string) => eventRetentionSchema.safeParse({ orgId, eventId, days });
    expect(parse("").success).toBe(true);
    expect(retentionDaysValue("")).toBeNull();
    expect(retentionDaysValue("30")).toBe(30);
    expect(parse("30").success).toBe(true);
    expect(messageOf(parse("0"))).toBe("Keep the data at least 1 day after the event");
    expect(messageOf(parse("ten"))).toBe("Enter a whole number of days, or leave it empty");
    expect(messageOf(parse("9999"))).toBe("At most 3650 days (10 years)");
  });
});

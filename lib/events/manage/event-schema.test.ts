import { describe, expect, test } from "vitest";
import { issuesToFieldErrors } from "@/lib/validation/field-errors";
import { eventFormSchema, toEventValues } from "./event-schema";

const valid = {
  name: "DevConf 2027",
  slug: "devconf-2027",
  timeZone: "Europe/Amsterdam",
  startsAt: "2027-03-03T09:00",
  endsAt: "2027-03-05T18:00",
  orderingOpensAt: "2027-02-01T09:00",
  orderingClosesAt: "2027-03-04T12:00",
  maxOrdersPerAttendee: 1,
  currency: "EUR",
  referencePrefix: "DEV",
};

const errorsOf = (input: unknown) => {
  const parsed = eventFormSchema.safeParse(input);
  return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
};

describe("eventFormSchema", () => {
  test("accepts a complete event and normalises case", () => {
    const parsed = eventFormSchema.parse({
      ...valid,
      slug: " DevConf-2027 ",
      currency: "eur",
      referencePrefix: "dev",
    });
    expect(parsed.slug).toBe("devconf-2027");
    expect(parsed.currency).toBe("EUR");
    expect(parsed.referencePrefix).toBe("DEV");
  });

  test("takes the number as text, as a form posts it", () => {
    expect(eventFormSchema.parse({ ...valid, maxOrdersPerAttendee: "3" }).maxOrdersPerAttendee).toBe(3);
  });

  test("dates are optional", () => {
    const parsed = eventFormSchema.parse({
      ...valid,
      startsAt: "",
      endsAt: "",
      orderingOpensAt: "",
      orderingClosesAt: "",
    });
    expect(toEventValues(parsed).startsAt).toBeNull();
  });

  test("returns every field's error at once, cross-field rules on the field to fix", () => {
    const errors = errorsOf({
      name: " ",
      slug: "www",
      timeZone: "Mars/Base",
      startsAt: "2027-03-05T09:00",
      endsAt: "2027-03-03T09:00",
      orderingOpensAt: "2027-03-05T09:00",
      orderingClosesAt: "2027-03-05T09:00",
      maxOrdersPerAttendee: 0,
      currency: "EURO",
      referencePrefix: "D",
    });
    expect(Object.keys(errors).sort()).toEqual(
      [
        "currency",
        "endsAt",
        "maxOrdersPerAttendee",
        "name",
        "orderingClosesAt",
        "referencePrefix",
        "slug",
        "timeZone",
      ].sort(),
    );
    expect(errors.endsAt).toEqual(["The event must end after it starts"]);
    expect(errors.orderingClosesAt).toEqual(["Ordering must close after it opens"]);
    expect(errors.slug?.[0]).toContain("reserved");
  });

  test.each([
    ["maxOrdersPerAttendee", 101, "At most 100"],
    ["maxOrdersPerAttendee", 1.5, "Enter a whole number"],
    ["maxOrdersPerAttendee", "", "At least 1"],
    ["currency", "XYZ", "Unknown currency code"],
    ["referencePrefix", "DEV-1", "Use 2 to 5 capital letters or digits, e.g. DEV"],
    ["referencePrefix", "ABCDEF", "Use 2 to 5 capital letters or digits, e.g. DEV"],
    ["startsAt", "tomorrow", "Enter a date and a time, or leave it empty"],
    ["slug", "ab", "Use at least 3 characters."],
  ])("%s = %j: %s", (field, value, message) => {
    expect(errorsOf({ ...valid, [field]: value })[field]).toContain(message);
  });

  test("converts to instants in the event's zone", () => {
    const values = toEventValues(eventFormSchema.parse(valid));
    expect(values.startsAt?.toISOString()).toBe("2027-03-03T08:00:00.000Z");
    expect(values.orderingClosesAt?.toISOString()).toBe("2027-03-04T11:00:00.000Z");
  });
});

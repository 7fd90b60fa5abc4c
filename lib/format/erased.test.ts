import { describe, expect, test } from "vitest";
import { isErasedEmail, shownAttendee } from "./erased";

const mask = { name: (s: string) => `${s[0]}…`, email: () => "•••" };
const erased = {
  attendeeName: "Erased",
  attendeeEmail: "erased+0b6f3f4e-7b0c-4f5e-9a51-2f0e4c1d2a3b@erased.invalid",
};

describe("erased attendees", () => {
  test("show as Erased to everyone, masked or not", () => {
    expect(shownAttendee(erased, null)).toEqual({ name: "Erased", email: "Erased" });
    expect(shownAttendee(erased, mask)).toEqual({ name: "Erased", email: "Erased" });
  });
  test("anyone else is shown or masked as before; a look-alike address typed by a person is not erased", () => {
    const ada = { attendeeName: "Ada", attendeeEmail: "ada@example.com" };
    expect(shownAttendee(ada, null)).toEqual({ name: "Ada", email: "ada@example.com" });
    expect(shownAttendee(ada, mask)).toEqual({ name: "A…", email: "•••" });
    expect(isErasedEmail("erased+me@erased.invalid")).toBe(false);
  });
});

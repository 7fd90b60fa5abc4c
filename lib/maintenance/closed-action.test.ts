import { describe, expect, it } from "vitest";
import { closedActionBody, closedActionMessage } from "./closed-action";

describe("closed-action", () => {
  it("reads back the gate's words from the Error Next's client makes of a text/plain 503", () => {
    const body = closedActionBody("Back after the keynote.");
    expect(closedActionMessage(new Error(body))).toBe(body);
    expect(body).toContain("Back after the keynote.");
    expect(body).toContain("Nothing was recorded.");
  });

  it("leaves every other failure to the form's own wording", () => {
    expect(closedActionMessage(new TypeError("Failed to fetch"))).toBeNull();
    expect(closedActionMessage(new Error("An unexpected response was received from the server."))).toBeNull();
    expect(closedActionMessage("Closed for maintenance: a string, not an Error")).toBeNull();
  });
});

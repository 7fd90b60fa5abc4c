import { describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS } from "./messages";
import { unavailableResponse } from "./unavailable-response";

describe("unavailableResponse", () => {
  it("answers a page with 503, Retry-After, no caching, and the event's name and colours", async () => {
    const response = unavailableResponse({
      branding: { eventName: "Dev<Conf> & co", primaryColor: "#4338ca", accentColor: "#f59e0b" },
      method: "GET",
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain("The shop is temporarily unavailable");
    expect(html).toContain("Nothing was recorded. Please try again in a few seconds.");
    expect(html).toContain("Dev&#60;Conf&#62; &#38; co");
    expect(html).not.toContain("<Conf>");
    expect(html).toContain("#4338ca");
  });

  it("falls back to platform colours, and never lets a bad colour into the stylesheet", async () => {
    const html = await unavailableResponse({
      branding: { eventName: "X", primaryColor: "red;}</style><script>", accentColor: "#fff" },
      method: "GET",
    }).text();
    expect(html).not.toContain("<script>");
    expect(await unavailableResponse({ branding: undefined, method: "GET" }).text()).toContain("Swagstand");
  });

  it("has no body for HEAD", async () => {
    expect(await unavailableResponse({ branding: undefined, method: "HEAD" }).text()).toBe("");
  });
});

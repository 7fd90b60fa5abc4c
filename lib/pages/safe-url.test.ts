import { describe, expect, it } from "vitest";
import { isSafePageUrl, pageUrlSchema } from "./safe-url";

describe("isSafePageUrl", () => {
  it.each([
    "/order",
    "/#faq",
    "#schedule",
    "https://devconf.example/talks",
    "http://example.org",
    "mailto:team@example.org",
    "tel:+4930123456",
  ])("accepts %s", (url) => expect(isSafePageUrl(url)).toBe(true));

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/\\evil.example",
    "https://",
    "ftp://example.org/file",
    "example.org",
    "",
  ])("refuses %j", (url) => expect(isSafePageUrl(url)).toBe(false));
});

describe("pageUrlSchema", () => {
  it("says what to use instead", () => {
    const result = pageUrlSchema.safeParse("javascript:alert(1)");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/https:\/\/, mailto:, tel: or \//);
  });

  it("trims before checking", () => {
    expect(pageUrlSchema.parse("  /order ")).toBe("/order");
  });
});

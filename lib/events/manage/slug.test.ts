import { describe, expect, test } from "vitest";
import { limits } from "@/lib/limits";
import { slugFormatProblem, suggestSlug } from "./slug";

describe("slugFormatProblem", () => {
  test("accepts a good subdomain", () => {
    expect(slugFormatProblem("devconf-2027")).toBeNull();
    expect(slugFormatProblem("abc")).toBeNull();
    expect(slugFormatProblem("a".repeat(limits.eventSlugMaxLength))).toBeNull();
  });

  test.each([
    ["ab", "too_short"],
    ["a".repeat(limits.eventSlugMaxLength + 1), "too_long"],
    ["DevConf", "format"],
    ["dev_conf", "format"],
    ["dev conf", "format"],
    ["dev.conf", "format"],
    ["café", "format"],
    ["-devconf", "format"],
    ["devconf-", "format"],
    ["xn--devconf", "format"],
    ["www", "reserved"],
    ["dashboard", "reserved"],
    ["api", "reserved"],
    ["no-reply", "reserved"],
  ])("%s: %s", (slug, problem) => {
    const result = slugFormatProblem(slug);
    expect(result?.problem).toBe(problem);
    expect(result?.message.length).toBeGreaterThan(10);
  });

  test("a reserved word says so by name", () => {
    expect(slugFormatProblem("admin")?.message).toContain("“admin” is reserved");
  });
});

describe("suggestSlug", () => {
  test("turns a name into an address", () => {
    expect(suggestSlug("DevConf Berlin 2027")).toBe("devconf-berlin-2027");
    expect(suggestSlug("  Café & Crème!  ")).toBe("cafe-creme");
    expect(suggestSlug("x".repeat(60)).length).toBe(limits.eventSlugMaxLength);
    expect(suggestSlug("a".repeat(39) + " b")).toBe("a".repeat(39));
  });
});

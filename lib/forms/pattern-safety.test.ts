import { describe, expect, it } from "vitest";
import { compileAnswerPattern, patternProblem } from "./pattern-safety";

describe("patternProblem", () => {
  it.each([
    "[A-Z]{2}\\d{4}",
    "(Mr|Ms|Mx)?",
    "\\d{3}-\\d{4}",
    "(?:\\d{3})+", // an exact inner count is not ambiguous
    "[a-z]+(-[a-z]+)?",
    "\\p{L}+( \\p{L}+)?",
    "[(a+)+]", // inside a character class these are plain characters
    "a{2,5}",
    "(?<code>[A-Z]{3})",
    "(?=.*\\d)[A-Za-z\\d]{8,}",
  ])("accepts %s", (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });

  it.each([
    "(a+)+",
    "(a*)*",
    "(a|a)*",
    "(a|aa)+",
    "(\\w+\\s?)*",
    "([a-z]*)*",
    "(a?){20}",
    "((ab)*)+",
    "(?:a+){2,}",
    "(?<n>a+)+",
    "(x(a|b)y)*",
    "(a+)+?",
  ])("refuses the nested repetition %s", (pattern) => {
    expect(patternProblem(pattern)).toMatch(
      /^Patterns cannot repeat a group that contains a repetition or alternatives/,
    );
  });

  it.each(["(a)\\1", "(?<x>a)\\k<x>"])("refuses the back-reference in %s", (pattern) => {
    expect(patternProblem(pattern)).toBe("Patterns cannot use back-references such as \\1 or \\k<name>");
  });

  it.each([
    ["(ab", "unterminated group"],
    ["[a-", "unterminated character class"],
    ["a{2", "incomplete quantifier"],
    ["*a", "nothing to repeat"],
  ])("explains why %s does not compile", (pattern, reason) => {
    expect(patternProblem(pattern)).toBe(`This is not a valid pattern: ${reason}`);
  });
});

describe("compileAnswerPattern", () => {
  it("matches the whole answer, like the HTML pattern attribute", () => {
    const postcode = compileAnswerPattern("\\d{5}");
    expect(postcode.test("12345")).toBe(true);
    expect(postcode.test("123456")).toBe(false);
    expect(postcode.test("x12345")).toBe(false);
  });

  it("keeps alternatives inside the anchors", () => {
    const re = compileAnswerPattern("yes|no");
    expect(re.test("yes")).toBe(true);
    expect(re.test("yesno")).toBe(false);
    expect(re.test("nope")).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemFieldsSchema } from "@/lib/catalog/schemas";
import { eventNameSchema } from "@/lib/events/manage/event-schema";
import { noteBodySchema } from "@/lib/orders/manage/detail-schemas";
import { createOrganisationSchema } from "@/lib/team/organisation-schema";
import { inviteMemberSchema } from "@/lib/team/team-schemas";
import { findJsonProblem, UNREADABLE_VALUE_MESSAGE } from "./json-value";
import { isStorableText, text, UNSTORABLE_TEXT_MESSAGE } from "./text";

const unstorable = fc.constantFrom("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF");
const withoutSurrogates = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, ""));
const textWithUnstorable = fc
  .tuple(withoutSurrogates, unstorable, withoutSurrogates)
  .map(([a, bad, b]) => `x${a}${bad}${b}x`);

describe("isStorableText", () => {
  it("accepts every well-formed string without a NUL (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        fc.pre(!s.includes("\u0000"));
        expect(isStorableText(s)).toBe(true);
      }),
    );
  });

  it("refuses a NUL or a lone surrogate anywhere (property)", () => {
    fc.assert(
      fc.property(textWithUnstorable, (s) => {
        expect(isStorableText(s)).toBe(false);
      }),
    );
  });

  it("accepts a surrogate pair and refuses a reversed one", () => {
    expect(isStorableText("party 🎉")).toBe(true);
    expect(isStorableText("\uDE00\uD83D")).toBe(false);
  });
});

describe("text()", () => {
  it("puts the refusal on the field and keeps chained checks working", () => {
    const schema = text().trim().min(1).max(5);
    expect(schema.safeParse(" ok ").data).toBe("ok");
    expect(schema.safeParse("a\u0000").error?.issues).toEqual([
      expect.objectContaining({ message: UNSTORABLE_TEXT_MESSAGE, path: [] }),
    ]);
  });
});

// Organiser and marketer forms take text too; each refuses what Postgres cannot store, on the field.
describe("dashboard schemas refuse unstorable text (property)", () => {
  const cases: [
    string,
    (bad: string) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ][] = [
    ["event name", (bad) => eventNameSchema.safeParse(bad)],
    [
      "item name",
      (bad) =>
        itemFieldsSchema.safeParse({
          name: bad,
          description: "",
          price: "0",
          maxPerOrder: "1",
          active: true,
        }),
    ],
    ["order note", (bad) => noteBodySchema.safeParse(bad)],
    ["organisation name", (bad) => createOrganisationSchema.safeParse({ name: bad })],
    [
      "invitation email",
      (bad) => inviteMemberSchema.safeParse({ orgId: crypto.randomUUID(), email: bad, role: "viewer" }),
    ],
  ];
  it.each(cases)("%s", (_, parse) => {
    fc.assert(
      fc.property(textWithUnstorable, (bad) => {
        const result = parse(bad);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((i) => i.message)).toContain(UNSTORABLE_TEXT_MESSAGE);
      }),
      { numRuns: 30 },
    );
  });
});

describe("findJsonProblem", () => {
  it("finds what JSON or Postgres cannot take, with its path", () => {
    expect(findJsonProblem({ a: [1, "ok", { b: 2n }] })).toEqual({
      path: ["a", 2, "b"],
      message: UNREADABLE_VALUE_MESSAGE,
    });
    expect(findJsonProblem({ a: "\uD800" })).toEqual({ path: ["a"], message: UNSTORABLE_TEXT_MESSAGE });
    expect(findJsonProblem({ ["k\u0000"]: 1 })).toEqual({
      path: ["k\u0000"],
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    expect(findJsonProblem({ a: new Date() })?.path).toEqual(["a"]);
    expect(findJsonProblem({ a: Number.NaN })?.path).toEqual(["a"]);
    expect(findJsonProblem({ a: null, b: undefined, c: [true, 1.5, "x"] })).toBeNull();
  });
});

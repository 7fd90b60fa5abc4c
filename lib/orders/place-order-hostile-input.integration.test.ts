import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";
import { testDb, testDriver } from "@/test/db";
import { placeOrder, type PlaceOrderResult } from "./place-order";
import { createOrderFixture, eventSnapshot, orderInputFor, type OrderFixture } from "./test-fixtures";

const db = () => testDb();

/** What an attacker sent that reached Postgres (or JSON.stringify) and came back as a 500 (issue 9). */
async function refusedAsInvalidInput(fixture: OrderFixture, input: unknown) {
  const before = await eventSnapshot(db(), fixture.event.id);
  const result = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
  expect(result).toMatchObject({ ok: false, code: "invalid_input" });
  expect(await eventSnapshot(db(), fixture.event.id)).toEqual(before);
  return (result as Extract<PlaceOrderResult, { ok: false }>).fieldErrors;
}

// Code units Postgres cannot store: NUL, and halves of a surrogate pair standing alone.
const unstorable = fc.constantFrom("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF");
/** Ordinary text with one unstorable code unit somewhere in it (never repaired by a neighbour). */
const textWithUnstorable = fc
  .tuple(fc.string({ maxLength: 20 }), unstorable, fc.string({ maxLength: 20 }))
  .map(
    ([before, bad, after]) =>
      `${before.replace(/[\uD800-\uDFFF]/g, "")}${bad}${after.replace(/[\uD800-\uDFFF]/g, "")}`,
  )
  .filter((s) => s.trim().length > 0 && s.length <= 60);

describe(`placeOrder with hostile input (${testDriver()})`, () => {
  it.each([
    ["a NUL", "Ada\u0000Lovelace"],
    ["a lone high surrogate", "Ada \uD83D"],
    ["a lone low surrogate", "\uDE00 Ada"],
  ])("refuses %s in the attendee's name on the name field", async (_, name) => {
    const fixture = await createOrderFixture(db());
    const errors = await refusedAsInvalidInput(fixture, orderInputFor(fixture, { name }));
    expect(errors["attendee.name"]).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });

  it.each([
    ["a NUL", "Vegan\u0000"],
    ["a lone high surrogate", "Vegan \uD83D"],
  ])("refuses %s in a text answer on that answer", async (_, value) => {
    const fixture = await createOrderFixture(db());
    const errors = await refusedAsInvalidInput(
      fixture,
      orderInputFor(fixture, { answers: { dietary_needs: value } }),
    );
    expect(errors["answers.dietary_needs"]).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });

  it("refuses a BigInt answer (a server action can decode one) on that answer", async () => {
    const fixture = await createOrderFixture(db());
    const errors = await refusedAsInvalidInput(
      fixture,
      orderInputFor(fixture, { answers: { dietary_needs: 12n } }),
    );
    expect(Object.keys(errors)).toEqual(["answers.dietary_needs"]);
  });

  it("refuses a NUL in an answer's key", async () => {
    const fixture = await createOrderFixture(db());
    const errors = await refusedAsInvalidInput(
      fixture,
      orderInputFor(fixture, { answers: { dietary_needs: "Vegan", "x\u0000": "y" } }),
    );
    expect(Object.keys(errors).length).toBeGreaterThan(0);
  });

  it.each(["constructor", "toString", "hasOwnProperty", "__proto__"])(
    "refuses a top-level key named %s as not expected",
    async (key) => {
      const fixture = await createOrderFixture(db());
      const input: Record<string, unknown> = orderInputFor(fixture);
      Object.defineProperty(input, key, { value: "x", enumerable: true });
      const errors = await refusedAsInvalidInput(fixture, input);
      expect(Object.hasOwn(errors, key)).toBe(true);
      expect(errors[key]).toEqual(["This field is not expected"]);
    },
  );

  it("refuses any name or answer with an unstorable character, on its field (property)", async () => {
    const fixture = await createOrderFixture(db());
    await fc.assert(
      fc.asyncProperty(textWithUnstorable, fc.boolean(), async (bad, inName) => {
        const input = inName
          ? orderInputFor(fixture, { name: bad })
          : orderInputFor(fixture, { answers: { dietary_needs: bad } });
        const errors = await refusedAsInvalidInput(fixture, input);
        expect(errors[inName ? "attendee.name" : "answers.dietary_needs"]).toContain(UNSTORABLE_TEXT_MESSAGE);
      }),
      { numRuns: 40 },
    );
  });

  it("still takes names and answers in any script, emoji included (property)", async () => {
    const fixture = await createOrderFixture(db(), {
      items: [{ name: "Sticker", variants: [{ label: "One size", stock: 1000 }] }],
    });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
        async (name) => {
          const result = await placeOrder({
            db: db(),
            eventSlug: fixture.event.slug,
            input: orderInputFor(fixture, { name, answers: { dietary_needs: name } }),
          });
          expect(result).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 20 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileAnswersSchema, defaultAnswers } from "./compile";
import {
  fieldTypes,
  formDefinitionSchema,
  validateFormDefinition,
  visibilityOps,
  type FieldDefinitionInput,
} from "./definitions";
import { opsByTargetType } from "./field-kinds";
import { fieldBodies, runs, validForm } from "./test-arbitraries";

const NOW = () => new Date("2025-06-01T09:30:00.000Z");

function parse(form: unknown) {
  const result = formDefinitionSchema.safeParse(form);
  if (!result.success) {
    throw new Error(`refused a valid form: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  }
  return result.data;
}

describe("valid definitions (property-based)", () => {
  it("every valid form parses, has no cross-field issues and compiles", () => {
    fc.assert(
      fc.property(validForm(), (form) => {
        const parsed = parse(form);
        expect(validateFormDefinition(parsed)).toEqual([]);
        const schema = compileAnswersSchema(parsed, { now: NOW });
        expect(typeof schema.safeParse).toBe("function");
        expect(Object.keys(defaultAnswers(parsed)).length).toBeLessThanOrEqual(parsed.length);
      }),
      runs(200),
    );
  });

  it("a parsed form survives storage as JSON: parsing it again changes nothing", () => {
    fc.assert(
      fc.property(validForm(), (form) => {
        const parsed = parse(form);
        expect(parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      runs(150),
    );
  });

  it.each(fieldTypes)("every %s field on its own is valid, whatever its options", (type) => {
    fc.assert(
      fc.property(fieldBodies[type], (body) => {
        const parsed = parse([{ ...body, key: "only" }]);
        expect(parsed[0]?.type).toBe(type);
      }),
      runs(60),
    );
  });

  it.each(visibilityOps)("every field type can depend on an earlier field through “%s”", (op) => {
    const targetTypes = fieldTypes.filter(
      (t): t is keyof typeof opsByTargetType =>
        t in opsByTargetType && opsByTargetType[t as keyof typeof opsByTargetType].includes(op),
    );
    expect(targetTypes.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        validForm({ maxFields: 12 }).filter((form) => form.some((f) => f.visibleWhen?.op === op)),
        (form) => {
          parse(form);
        },
      ),
      runs(40),
    );
  });
});

describe("definitions breaking one rule are refused (property-based)", () => {
  /** A form with at least two fields, and two distinct indexes into it. */
  const formAndTwoIndexes = validForm({ maxFields: 8 })
    .filter((form) => form.length >= 2)
    .chain((form) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: form.length - 1 }), { minLength: 2, maxLength: 2 })
        .map(([a = 0, b = 1]) => ({ form, first: Math.min(a, b), second: Math.max(a, b) })),
    );

  const issuePaths = (form: unknown) => {
    const result = formDefinitionSchema.safeParse(form);
    expect(result.success).toBe(false);
    return result.success ? [] : result.error.issues.map((i) => i.path);
  };

  it("a repeated key is reported on the later field", () => {
    fc.assert(
      fc.property(formAndTwoIndexes, ({ form, first, second }) => {
        const broken = form.map((f, i) => (i === second ? { ...f, key: form[first]?.key ?? "x" } : f));
        expect(issuePaths(broken)).toContainEqual([second, "key"]);
      }),
      runs(100),
    );
  });

  it("a condition on a later field, on itself, or on a missing field is reported", () => {
    fc.assert(
      fc.property(
        formAndTwoIndexes,
        fc.constantFrom("later", "self", "missing"),
        ({ form, first, second }, kind) => {
          const target =
            kind === "later" ? form[second]?.key : kind === "self" ? form[first]?.key : "nowhere_to_be_found";
          const broken = form.map((f, i) =>
            i === first
              ? ({ ...f, visibleWhen: { field: target ?? "x", op: "checked" } } as FieldDefinitionInput)
              : f,
          );
          expect(issuePaths(broken)).toContainEqual([first, "visibleWhen", "field"]);
        },
      ),
      runs(100),
    );
  });

  it("an empty choice list is refused", () => {
    fc.assert(
      fc.property(
        validForm({ maxFields: 6 }),
        fc.constantFrom("single_choice", "multiple_choice"),
        fc.nat(),
        (form, type, at) => {
          const index = at % (form.length + 1);
          const broken: FieldDefinitionInput[] = [...form];
          broken.splice(index, 0, {
            type,
            key: "empty_choices",
            label: "Pick",
            options: [],
          } as FieldDefinitionInput);
          // Later fields' conditions still name earlier keys; only the new field is wrong.
          expect(issuePaths(broken)).toContainEqual([index, "options"]);
        },
      ),
      runs(100),
    );
  });

  it("a pattern prone to catastrophic backtracking is refused", () => {
    const atom = fc.constantFrom("a", "\\d", "[a-z]", "\\w", ".", "(?:ab)");
    const risky = fc
      .tuple(atom, fc.constantFrom("+", "*", "{1,}", "{2,5}"), fc.constantFrom("+", "*", "{1,}", "{2,}"))
      .map(([a, inner, outer]) => `(${a}${inner})${outer}`);
    fc.assert(
      fc.property(risky, (pattern) => {
        expect(
          issuePaths([{ type: "short_text", key: "code", label: "Code", pattern, patternMessage: "No" }]),
        ).toContainEqual([0, "pattern"]);
      }),
      runs(100),
    );
  });
});

describe("junk never crashes the definitions schema (property-based)", () => {
  const alwaysAResult = (input: unknown) => {
    const result = formDefinitionSchema.safeParse(input);
    expect(typeof result.success).toBe("boolean");
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
  };

  it("arbitrary JSON gives a result, never an exception", () => {
    fc.assert(fc.property(fc.jsonValue(), alwaysAResult), runs(200));
  });

  it("arbitrary arrays of objects give a result, never an exception", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(
            fc.constantFrom(
              "type",
              "key",
              "label",
              "options",
              "visibleWhen",
              "pattern",
              "countries",
              "required",
              "__proto__",
              "constructor",
            ),
            fc.jsonValue(),
          ),
          { maxLength: 6 },
        ),
        alwaysAResult,
      ),
      runs(200),
    );
  });

  it("a valid form with one property replaced by junk gives a result, never an exception", () => {
    fc.assert(
      fc.property(
        validForm({ maxFields: 6 }),
        fc.nat(),
        fc.constantFrom(
          "type",
          "key",
          "label",
          "options",
          "visibleWhen",
          "pattern",
          "min",
          "max",
          "countries",
          "defaultValue",
          "minSelected",
          "text",
          "url",
        ),
        fc.oneof(fc.jsonValue(), fc.anything()),
        (form, at, property, junk) => {
          const index = at % form.length;
          alwaysAResult(form.map((f, i) => (i === index ? { ...f, [property]: junk } : f)));
        },
      ),
      runs(200),
    );
  });

  it("anything at all gives a result, never an exception", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
        }),
        alwaysAResult,
      ),
      runs(200),
    );
  });
});

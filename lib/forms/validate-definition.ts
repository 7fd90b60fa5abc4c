import { limits } from "@/lib/limits";
import { answerRule } from "./answer-rules";
import { countryName } from "./countries";
import type { FieldDefinition, InputFieldDefinition, VisibilityCondition } from "./field-schemas";
import { isDisplayField, opsByTargetType } from "./field-kinds";
import { patternProblem } from "./pattern-safety";

export type FormDefinitionIssue = { path: (string | number)[]; message: string };

const typeNames: Record<FieldDefinition["type"], string> = {
  short_text: "short text",
  long_text: "long text",
  email: "email",
  phone: "phone",
  number: "number",
  single_choice: "single choice",
  multiple_choice: "multiple choice",
  checkbox: "yes/no checkbox",
  consent: "consent",
  date: "date",
  country: "country",
  address: "address",
  note: "note",
  image: "image",
};

/**
 * The checks that involve more than one property or more than one field. Paths start with the
 * field's index, e.g. [3, "visibleWhen", "field"], so the builder can point at the exact input.
 */
export function validateFormDefinition(fields: readonly FieldDefinition[]): FormDefinitionIssue[] {
  const issues: FormDefinitionIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ path, message });

  if (fields.length > limits.fieldsPerForm) {
    report([], `A form can have at most ${limits.fieldsPerForm} fields`);
  }

  const firstIndexByKey = new Map<string, number>();
  fields.forEach((field, index) => {
    const first = firstIndexByKey.get(field.key);
    if (first === undefined) firstIndexByKey.set(field.key, index);
    else report([index, "key"], `The key “${field.key}” is already used by field ${first + 1}`);

    if (field.visibleWhen) checkCondition(fields, index, field.visibleWhen, report);
    if (!isDisplayField(field)) checkField(field, index, report);
  });
  return issues;
}

type Report = (path: (string | number)[], message: string) => void;

function checkCondition(
  fields: readonly FieldDefinition[],
  index: number,
  condition: VisibilityCondition,
  report: Report,
) {
  const at = (...rest: string[]) => [index, "visibleWhen", ...rest];
  const targetIndex = fields.findIndex((f) => f.key === condition.field);
  const target = fields[targetIndex];
  if (!target) return report(at("field"), `There is no field with the key “${condition.field}”`);
  if (targetIndex === index) return report(at("field"), "A field cannot depend on itself");
  if (targetIndex > index) {
    return report(
      at("field"),
      `“${condition.field}” comes after this field; a field can only depend on fields above it`,
    );
  }
  if (isDisplayField(target)) {
    return report(at("field"), `“${condition.field}” is a ${typeNames[target.type]} and has no answer`);
  }

  const allowedOps = opsByTargetType[target.type];
  if (!allowedOps.includes(condition.op)) {
    const hint =
      allowedOps.length > 0 ? `; use “${allowedOps.join("” or “")}”` : "; it cannot be used in a condition";
    return report(
      at("op"),
      `“${condition.op}” does not apply to a ${typeNames[target.type]} field like “${target.key}”${hint}`,
    );
  }

  if (condition.op === "checked") {
    if (condition.value !== undefined)
      report(at("value"), "“checked” compares with nothing; remove the value");
    return;
  }
  if (condition.value === undefined || condition.value.trim() === "") {
    return report(at("value"), "Enter the value to compare with");
  }
  if (target.type === "single_choice" || target.type === "multiple_choice") {
    if (!target.options.some((o) => o.value === condition.value)) {
      report(at("value"), `“${condition.value}” is not an option of “${target.key}”`);
    }
  } else if (target.type === "country" && !countryName(condition.value)) {
    report(at("value"), `“${condition.value}” is not a country code`);
  } else if (condition.value.trim() !== condition.value) {
    report(at("value"), "Answers are compared without surrounding spaces; remove them");
  }
}

function checkField(field: InputFieldDefinition, index: number, report: Report) {
  const at = (...rest: (string | number)[]) => [index, ...rest];

  switch (field.type) {
    case "short_text":
    case "long_text":
      if (
        field.minLength !== undefined &&
        field.maxLength !== undefined &&
        field.minLength > field.maxLength
      ) {
        report(at("minLength"), "The minimum length cannot be more than the maximum length");
      }
      if (field.type === "short_text" && field.pattern !== undefined) {
        const problem = patternProblem(field.pattern);
        if (problem) {
          report(at("pattern"), problem);
          return; // the default cannot be checked against a broken pattern
        }
        if (!field.patternMessage) {
          report(
            at("patternMessage"),
            "Enter the message people see when their answer does not match the pattern",
          );
        }
      }
      break;
    case "number":
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        report(at("min"), "The minimum cannot be more than the maximum");
      }
      break;
    case "date":
      if (field.minDate && field.maxDate && field.minDate > field.maxDate) {
        report(at("minDate"), "The earliest date cannot be after the latest date");
      }
      break;
    case "single_choice":
    case "multiple_choice":
      if (!checkOptions(field.options, index, report)) return;
      if (field.type === "multiple_choice") checkSelectionBounds(field, index, report);
      break;
    case "country":
    case "address":
      if (field.countries)
        checkUnique(field.countries, (j) => at("countries", j), "This country is listed twice", report);
      if (field.type === "address" && field.defaultCountry && field.countries) {
        if (!field.countries.includes(field.defaultCountry)) {
          report(at("defaultCountry"), "The default country must be one of the allowed countries");
        }
      }
      break;
  }
  checkDefault(field, index, report);
}

function checkOptions(options: readonly { value: string }[], index: number, report: Report): boolean {
  if (options.length === 0) {
    report([index, "options"], "Add at least one option");
    return false;
  }
  return checkUnique(
    options.map((o) => o.value),
    (j) => [index, "options", j, "value"],
    "Another option already has this value",
    report,
  );
}

/** Reports every repeat after the first occurrence; true when all are unique. */
function checkUnique(
  values: readonly string[],
  pathOf: (j: number) => (string | number)[],
  message: string,
  report: Report,
): boolean {
  const seen = new Set<string>();
  let unique = true;
  values.forEach((value, j) => {
    if (seen.has(value)) {
      report(pathOf(j), `${message}: “${value}”`);
      unique = false;
    }
    seen.add(value);
  });
  return unique;
}

function checkSelectionBounds(
  field: Extract<InputFieldDefinition, { type: "multiple_choice" }>,
  index: number,
  report: Report,
) {
  const { minSelected, maxSelected, options } = field;
  if (minSelected !== undefined && maxSelected !== undefined && minSelected > maxSelected) {
    report([index, "minSelected"], "The minimum number of choices cannot be more than the maximum");
  } else if (minSelected !== undefined && minSelected > options.length) {
    report([index, "minSelected"], `Cannot ask for more choices than there are options (${options.length})`);
  }
}

/** A default must itself be a valid (optional) answer, or the form would start out wrong. */
function checkDefault(field: InputFieldDefinition, index: number, report: Report) {
  if (!("defaultValue" in field) || field.defaultValue === undefined) return;
  const result = answerRule(field, { required: false, now: () => new Date() }).safeParse(field.defaultValue);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? "Invalid";
    report([index, "defaultValue"], `The default is not a valid answer: ${lowerFirst(message)}`);
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

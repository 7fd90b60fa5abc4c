"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { answerOf, visibleKeys } from "@/lib/forms/visibility";
import { FieldRenderer } from "./field-renderer";
import { accent } from "./styles";

/**
 * Renders an order form's fields inside the page's react-hook-form (FormProvider): the page owns
 * the form, its schema (compileAnswersSchema nested under `namePrefix`) and its submit button.
 * Hidden fields are unmounted; react-hook-form keeps their values, which the compiled schema
 * ignores, so switching a condition back on restores what was typed.
 */
export function FormFields({
  fields,
  idPrefix = "field-",
  namePrefix = "answers",
}: {
  fields: readonly FieldDefinition[];
  /** Keeps ids unique when two forms share a page (e.g. the builder's preview). */
  idPrefix?: string;
  /** Where the answers live in the form's values; must not be empty. */
  namePrefix?: string;
}) {
  // Watches only the fields that conditions look at, so typing elsewhere does not re-render the
  // form. A target the watch has not seen yet (the builder's live preview just added a condition)
  // is read directly, so visibility follows a change of `fields` without waiting for a keystroke.
  const { getValues } = useFormContext();
  const targets = conditionTargets(fields);
  const watched = useWatch({
    name: namePrefix,
    compute: (answers: unknown) => Object.fromEntries(targets.map((key) => [key, answerOf(answers, key)])),
  });
  const conditionValues = Object.fromEntries(
    targets.map((key) => [
      key,
      Object.hasOwn(watched, key) ? watched[key] : getValues(`${namePrefix}.${key}`),
    ]),
  );
  const visible = visibleKeys(fields, conditionValues);

  return (
    <div className={`flex flex-col gap-8 ${accent}`}>
      {fields
        .filter((field) => visible.has(field.key))
        .map((field) => (
          <FieldRenderer
            key={field.key}
            field={field}
            name={`${namePrefix}.${field.key}`}
            id={`${idPrefix}${field.key}`}
          />
        ))}
    </div>
  );
}

function conditionTargets(fields: readonly FieldDefinition[]): string[] {
  return [...new Set(fields.flatMap((field) => (field.visibleWhen ? [field.visibleWhen.field] : [])))];
}

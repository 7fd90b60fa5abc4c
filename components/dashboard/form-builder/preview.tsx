"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { z } from "zod";
import { FormFields } from "@/components/form-renderer";
import { Button } from "@/components/ui/button";
import { compileAnswersSchema, defaultAnswers } from "@/lib/forms/compile";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { isInputField } from "@/lib/forms/field-kinds";

/** Only the answers of fields in the current draft: removed or renamed fields keep values in the form. */
function knownAnswers(fields: readonly FieldDefinition[], answers: unknown): Record<string, unknown> {
  const values = typeof answers === "object" && answers !== null ? (answers as Record<string, unknown>) : {};
  return Object.fromEntries(
    fields
      .filter(isInputField)
      .flatMap((f) => (Object.hasOwn(values, f.key) ? [[f.key, values[f.key]]] : [])),
  );
}

/**
 * The attendee's own renderer in a phone-sized frame, inside a react-hook-form whose resolver is the
 * compiled schema of the current draft: conditions, required marks and messages are the real ones.
 * The resolver reads the latest fields through a ref, since react-hook-form keeps its first options.
 */
export function PhonePreview({
  fields,
  skipped,
  title,
}: {
  /** The valid part of the draft (previewableFields). */
  fields: FieldDefinition[];
  /** How many fields of the draft are left out because they still have problems. */
  skipped: number;
  title: string;
}) {
  const schema = useMemo(() => z.object({ answers: compileAnswersSchema(fields) }), [fields]);
  const current = useRef({ fields, schema });
  useEffect(() => {
    current.current = { fields, schema };
  });
  const resolver = useMemo<Resolver<FieldValues>>(
    () => (values, context, options) =>
      zodResolver(current.current.schema)(
        { answers: knownAnswers(current.current.fields, values.answers) },
        context,
        // `names` narrows validation to some fields; answers are checked as a whole anyway.
        { ...options, names: undefined },
      ),
    [],
  );
  const form = useForm<FieldValues>({
    resolver,
    mode: "onTouched",
    defaultValues: { answers: defaultAnswers(fields) },
  });
  const [outcome, setOutcome] = useState("");

  // A new field (or a renamed key) starts with its default answer, as it would for an attendee.
  useEffect(() => {
    const defaults = defaultAnswers(fields);
    const answers = form.getValues("answers") as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(defaults)) {
      if (!answers || !Object.hasOwn(answers, key)) form.setValue(`answers.${key}`, value);
    }
  }, [fields, form]);

  return (
    <section aria-labelledby="preview-heading" className="space-y-3" data-testid="form-preview">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="preview-heading" className="text-lg font-bold text-slate-900">
          Preview
        </h3>
        <Button
          variant="secondary"
          onClick={() => {
            form.reset({ answers: defaultAnswers(fields) });
            setOutcome("");
          }}
        >
          Reset answers
        </Button>
      </div>
      {skipped > 0 ? (
        <p className="rounded-lg border-2 border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {skipped === 1 ? "1 field is" : `${skipped} fields are`} not shown until its problems are fixed.
        </p>
      ) : null}
      <div className="mx-auto w-full max-w-[390px] rounded-[2rem] border-8 border-slate-800 bg-slate-800 shadow-lg">
        <div
          className="h-[640px] overflow-y-auto rounded-[1.5rem] bg-white"
          tabIndex={0}
          role="region"
          aria-label="Phone preview"
        >
          <form
            noValidate
            className="space-y-6 px-4 py-6"
            onSubmit={form.handleSubmit(
              () => setOutcome("These answers would be accepted."),
              () => setOutcome("Attendees would see the messages above."),
            )}
          >
            <p className="text-xl font-bold text-zinc-900">{title}</p>
            {fields.length === 0 ? (
              <p className="text-base text-zinc-700">
                No questions yet: attendees give their name and email only.
              </p>
            ) : (
              <FormProvider {...form}>
                <FormFields fields={fields} idPrefix="preview-" />
              </FormProvider>
            )}
            <button
              type="submit"
              className="min-h-12 w-full rounded-xl bg-blue-700 px-4 text-base font-semibold text-white"
            >
              Check answers
            </button>
            <p role="status" aria-live="polite" className="text-sm text-zinc-700">
              {outcome}
            </p>
          </form>
        </div>
      </div>
    </section>
  );
}

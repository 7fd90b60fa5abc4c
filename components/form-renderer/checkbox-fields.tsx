"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import {
  ErrorText,
  FieldGroup,
  HelpText,
  describedBy,
  errorIdOf,
  helpIdOf,
  useFieldError,
  useInitialValue,
  type FieldProps,
} from "./field-parts";
import * as styles from "./styles";

/** A yes/no question: the label is the statement being ticked, e.g. "I have dietary needs". */
export function CheckboxField({ field, name, id }: FieldProps<FieldOfType<"checkbox">>) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const initiallyTicked = useInitialValue(name) === true;
  return (
    <div>
      <label htmlFor={id} className={`${styles.optionRow} font-semibold`}>
        <input
          {...register(name)}
          type="checkbox"
          id={id}
          defaultChecked={initiallyTicked}
          aria-describedby={describedBy(field.helpText && helpIdOf(id), error && errorIdOf(id))}
          aria-invalid={error ? true : undefined}
          className={styles.tickable}
        />
        <span>{field.label}</span>
      </label>
      <HelpText id={id} text={field.helpText} />
      <ErrorText id={id} message={error} />
    </div>
  );
}

/** The label heads the group; the consent text itself is what the box says. */
export function ConsentField({ field, name, id }: FieldProps<FieldOfType<"consent">>) {
  const { register } = useFormContext();
  const inputId = `${id}-accept`;
  const initiallyTicked = useInitialValue(name) === true;
  return (
    <FieldGroup id={id} name={name} legend={field.label} helpText={field.helpText} required>
      {({ invalid, describedBy: description }) => (
        <>
          <label htmlFor={inputId} className={styles.optionRow}>
            <input
              {...register(name)}
              type="checkbox"
              id={inputId}
              defaultChecked={initiallyTicked}
              aria-describedby={description}
              aria-invalid={invalid ? true : undefined}
              aria-required
              className={`${styles.tickable} self-start mt-0.5`}
            />
            <span className="whitespace-pre-line">{field.text}</span>
          </label>
          {field.link ? (
            <p className="mt-1 px-2 text-base">
              <a
                href={field.link.url}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex min-h-11 items-center font-medium text-(--accent) underline underline-offset-2"
              >
                {field.link.label}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
        </>
      )}
    </FieldGroup>
  );
}

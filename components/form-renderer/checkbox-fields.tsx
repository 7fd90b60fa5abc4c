"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { useInitialValue, type FieldProps } from "./field-parts";
import { FieldWrapper, wrapperPropsOf } from "./field-wrapper";
import * as styles from "./styles";

/** A yes/no question: the label is the statement being ticked, e.g. "I have dietary needs". */
export function CheckboxField(props: FieldProps<FieldOfType<"checkbox">>) {
  const { register } = useFormContext();
  const initiallyTicked = useInitialValue(props.name) === true;
  return (
    <FieldWrapper
      layout="tick"
      // A yes/no box is never required: unticked means "no".
      {...wrapperPropsOf({ ...props, field: { ...props.field, required: false } })}
    >
      {(aria) => (
        <input
          {...register(props.name)}
          type="checkbox"
          id={aria.id}
          defaultChecked={initiallyTicked}
          aria-describedby={aria["aria-describedby"]}
          aria-invalid={aria["aria-invalid"]}
          className={styles.tickable}
        />
      )}
    </FieldWrapper>
  );
}

/** The label heads the group; the consent text itself is what the box says. */
export function ConsentField({ field, name, id }: FieldProps<FieldOfType<"consent">>) {
  const { register } = useFormContext();
  const inputId = `${id}-accept`;
  const initiallyTicked = useInitialValue(name) === true;
  return (
    <FieldWrapper layout="group" id={id} name={name} label={field.label} helpText={field.helpText} required>
      {(aria) => (
        <>
          <label htmlFor={inputId} className={styles.optionRow}>
            <input
              {...register(name)}
              type="checkbox"
              id={inputId}
              defaultChecked={initiallyTicked}
              aria-describedby={aria["aria-describedby"]}
              aria-invalid={aria["aria-invalid"]}
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
    </FieldWrapper>
  );
}

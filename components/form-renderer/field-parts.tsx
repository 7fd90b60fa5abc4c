"use client";

import type { ReactNode } from "react";
import { get, useFormContext, useFormState } from "react-hook-form";
import * as styles from "./styles";
import { useSettledValue } from "./use-settled-value";

/** What every field component receives: its form path and DOM id. */
export type FieldProps<F> = { field: F; name: string; id: string };

export const helpIdOf = (id: string) => `${id}-help`;
export const errorIdOf = (id: string) => `${id}-error`;

/** The ids an input is described by, or undefined when none (no empty attribute). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list === "" ? undefined : list;
}

/** The message of the error at `name` (subscribes to that path only, so typing elsewhere is free). */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  const error: unknown = get(errors, name);
  const message =
    typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  return typeof message === "string" && message !== "" ? message : undefined;
}

/**
 * The value the form starts `name` with. register() only puts values into inputs once hydrated, so inputs
 * also render it as their defaultValue/defaultChecked: the server's HTML then shows what was typed (a form
 * posted before JavaScript loaded and rendered again with its errors) and matches what hydration sets.
 */
export function useInitialValue(name: string): unknown {
  const { formState } = useFormContext();
  return get(formState.defaultValues, name);
}

/** An initial value as the text an input shows ("" for anything that is not text or a number). */
export function asInputText(value: unknown): string {
  return typeof value === "string"
    ? value
    : typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : "";
}

export function OptionalMark({ required }: { required: boolean }) {
  return required ? null : <span className={styles.optionalMark}> (optional)</span>;
}

export function HelpText({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={helpIdOf(id)} className={styles.helpText}>
      {text}
    </p>
  ) : null;
}

/**
 * Inserted when the error appears: role="alert" makes screen readers announce it. Held back while a tap is
 * in progress (useSettledValue), so the message a blur produces never moves the control being tapped.
 */
export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  const shown = useSettledValue(message);
  return shown ? (
    <p id={errorIdOf(id)} role="alert" className={styles.errorText}>
      {shown}
    </p>
  ) : null;
}

export type ControlAria = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
};

/**
 * Label, help, one control and its error: the layout of every single-input field. The control is
 * rendered by `children` with the accessibility attributes it must carry.
 */
export function SingleControlField({
  id,
  name,
  label,
  helpText,
  required,
  children,
}: {
  id: string;
  name: string;
  label: string;
  helpText: string | undefined;
  required: boolean;
  children: (aria: ControlAria) => ReactNode;
}) {
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className={styles.labelText}>
        {label}
        <OptionalMark required={required} />
      </label>
      <HelpText id={id} text={helpText} />
      <div className="mt-2">
        {children({
          id,
          "aria-describedby": describedBy(helpText && helpIdOf(id), error && errorIdOf(id)),
          "aria-invalid": error ? true : undefined,
          "aria-required": required ? true : undefined,
        })}
      </div>
      <ErrorText id={id} message={error} />
    </div>
  );
}

/**
 * A fieldset whose legend is the question: radio and checkbox groups, consent, the address. Help
 * and the group's own error describe the whole group.
 */
export function FieldGroup({
  id,
  name,
  legend,
  helpText,
  required,
  role,
  children,
}: {
  id: string;
  name: string;
  legend: string;
  helpText: string | undefined;
  required: boolean;
  role?: "radiogroup";
  children: (group: { invalid: boolean; describedBy: string | undefined }) => ReactNode;
}) {
  const error = useFieldError(name);
  const description = describedBy(helpText && helpIdOf(id), error && errorIdOf(id));
  return (
    <fieldset
      id={id}
      className={styles.fieldsetReset}
      aria-describedby={description}
      role={role}
      // Only a radiogroup role supports these; a plain fieldset does not.
      aria-required={role && required ? true : undefined}
      aria-invalid={role && error ? true : undefined}
    >
      <legend className={styles.legendText}>
        {legend}
        <OptionalMark required={required} />
      </legend>
      <HelpText id={id} text={helpText} />
      <div className="mt-2">{children({ invalid: Boolean(error), describedBy: description })}</div>
      <ErrorText id={id} message={error} />
    </fieldset>
  );
}

"use client";

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

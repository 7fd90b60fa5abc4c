"use client";

import type { ReactNode } from "react";
import { ErrorText, describedBy, errorIdOf, helpIdOf, useFieldError, type FieldProps } from "./field-parts";
import * as styles from "./styles";

/** The accessibility attributes the wrapper hands its control (a group's inputs pick what they need). */
export type ControlAria = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
};

/**
 * - `control`: a label above one input, select or textarea;
 * - `part`: the same, smaller, for a part of a composite field (an address line), which has no help text;
 * - `tick`: one checkbox whose label is the statement being ticked ("I have dietary needs");
 * - `group`: a fieldset whose legend is the question (radio and checkbox groups, consent, the address).
 */
export type FieldLayout = "control" | "part" | "tick" | "group";

/**
 * The one wrapper around every form field: its label (or legend) with "(optional)", its help text, its error
 * (announced when it appears) and the aria-describedby/-invalid/-required that tie them to the control. Every
 * field type renders its control as `children`, so a field can neither forget these nor get them differently.
 */
export function FieldWrapper({
  layout = "control",
  id,
  name,
  label,
  helpText,
  required,
  showOptional = !required,
  role,
  children,
}: {
  layout?: FieldLayout;
  /** The control's id (a group's: the fieldset's); help and error ids derive from it. */
  id: string;
  /** The form path whose error is shown. */
  name: string;
  label: string;
  helpText?: string | undefined;
  required: boolean;
  /** Whether "(optional)" follows the label: by default when not required. */
  showOptional?: boolean;
  /** Groups only: a radiogroup fieldset also carries aria-required and aria-invalid. */
  role?: "radiogroup";
  children: (aria: ControlAria) => ReactNode;
}) {
  const error = useFieldError(name);
  const aria: ControlAria = {
    id,
    "aria-describedby": describedBy(helpText && helpIdOf(id), error && errorIdOf(id)),
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
  };
  const optional = showOptional ? <span className={styles.optionalMark}> (optional)</span> : null;
  const help = helpText ? (
    <p id={helpIdOf(id)} className={styles.helpText}>
      {helpText}
    </p>
  ) : null;
  const errorText = <ErrorText id={id} message={error} />;

  if (layout === "group") {
    return (
      <fieldset
        id={id}
        className={styles.fieldsetReset}
        aria-describedby={aria["aria-describedby"]}
        role={role}
        // Only a radiogroup role supports these; a plain fieldset does not.
        aria-required={role && required ? true : undefined}
        aria-invalid={role && error ? true : undefined}
      >
        <legend className={styles.legendText}>
          {label}
          {optional}
        </legend>
        {help}
        <div className="mt-2">{children(aria)}</div>
        {errorText}
      </fieldset>
    );
  }
  if (layout === "tick") {
    return (
      <div>
        <label htmlFor={id} className={`${styles.optionRow} font-semibold`}>
          {children(aria)}
          <span>{label}</span>
        </label>
        {help}
        {errorText}
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={id} className={layout === "part" ? styles.partLabelText : styles.labelText}>
        {label}
        {optional}
      </label>
      {help}
      <div className={layout === "part" ? "mt-1" : "mt-2"}>{children(aria)}</div>
      {errorText}
    </div>
  );
}

/** A field definition's own label, help and required flag, with its form path and id. */
export function wrapperPropsOf({
  field,
  name,
  id,
}: FieldProps<{ label: string; helpText?: string | undefined; required: boolean }>) {
  return { id, name, label: field.label, helpText: field.helpText, required: field.required };
}

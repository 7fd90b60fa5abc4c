"use client";

import { useController, useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { asInputText, useInitialValue, type FieldProps } from "./field-parts";
import { FieldWrapper, wrapperPropsOf } from "./field-wrapper";
import * as styles from "./styles";

export function SingleChoiceField(props: FieldProps<FieldOfType<"single_choice">>) {
  return props.field.display === "dropdown" ? <DropdownField {...props} /> : <RadioGroupField {...props} />;
}

function RadioGroupField(props: FieldProps<FieldOfType<"single_choice">>) {
  const { field, name, id } = props;
  const { register } = useFormContext();
  const initial = useInitialValue(name);
  return (
    <FieldWrapper layout="group" role="radiogroup" {...wrapperPropsOf(props)}>
      {() => (
        <div className="flex flex-col gap-1">
          {field.options.map((option, index) => (
            <label key={option.value} htmlFor={`${id}-${index}`} className={styles.optionRow}>
              <input
                {...register(name)}
                type="radio"
                id={`${id}-${index}`}
                value={option.value}
                defaultChecked={initial === option.value}
                className={styles.tickable}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      )}
    </FieldWrapper>
  );
}

function DropdownField(props: FieldProps<FieldOfType<"single_choice">>) {
  const { field, name } = props;
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(name));
  return (
    <FieldWrapper {...wrapperPropsOf(props)}>
      {(aria) => (
        <select {...aria} {...register(name)} defaultValue={initial} className={styles.control}>
          <option value="">{field.placeholder || "Choose…"}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldWrapper>
  );
}

/**
 * Controlled, so the value is always an array of option values (registering checkboxes directly
 * gives a boolean when there is a single option).
 */
export function MultipleChoiceField(props: FieldProps<FieldOfType<"multiple_choice">>) {
  const { field, name, id } = props;
  const { field: control } = useController({ name });
  const selected: unknown[] = Array.isArray(control.value) ? control.value : [];
  const toggle = (value: string, checked: boolean) =>
    control.onChange(
      field.options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v))),
    );
  return (
    <FieldWrapper layout="group" {...wrapperPropsOf(props)}>
      {(aria) => (
        <div className="flex flex-col gap-1">
          {field.options.map((option, index) => (
            <label key={option.value} htmlFor={`${id}-${index}`} className={styles.optionRow}>
              <input
                type="checkbox"
                id={`${id}-${index}`}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                onBlur={control.onBlur}
                // The first box takes focus when the group has an error.
                ref={index === 0 ? control.ref : undefined}
                aria-invalid={aria["aria-invalid"]}
                className={styles.tickable}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      )}
    </FieldWrapper>
  );
}

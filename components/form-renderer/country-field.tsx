"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { CountrySelect } from "./country-select";
import { SingleControlField, asInputText, useInitialValue, type FieldProps } from "./field-parts";

export function CountryField({ field, name, id }: FieldProps<FieldOfType<"country">>) {
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(name));
  return (
    <SingleControlField
      id={id}
      name={name}
      label={field.label}
      helpText={field.helpText}
      required={field.required}
    >
      {(aria) => (
        <CountrySelect
          aria={aria}
          registration={register(name)}
          initial={initial}
          allowed={field.countries}
          placeholder={field.placeholder}
          autoComplete="country"
        />
      )}
    </SingleControlField>
  );
}

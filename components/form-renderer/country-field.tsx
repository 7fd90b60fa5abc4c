"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { CountrySelect } from "./country-select";
import { asInputText, useInitialValue, type FieldProps } from "./field-parts";
import { FieldWrapper, wrapperPropsOf } from "./field-wrapper";

export function CountryField(props: FieldProps<FieldOfType<"country">>) {
  const { field, name } = props;
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(name));
  return (
    <FieldWrapper {...wrapperPropsOf(props)}>
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
    </FieldWrapper>
  );
}

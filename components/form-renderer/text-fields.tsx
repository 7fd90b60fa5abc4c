"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { useClientSettings } from "@/components/settings/client-settings";
import type { ClientLimits } from "@/lib/settings/client-settings";
import { asInputText, useInitialValue, type FieldProps } from "./field-parts";
import { FieldWrapper, wrapperPropsOf } from "./field-wrapper";
import * as styles from "./styles";

type OneLineType = "short_text" | "email" | "phone" | "number" | "date";

/**
 * The one-line inputs. Numbers use a text input with a numeric keyboard: type="number" silently
 * drops what it cannot parse and changes value on scroll.
 */
export function OneLineField(props: FieldProps<FieldOfType<OneLineType>>) {
  const { field, name } = props;
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(name));
  const { limits } = useClientSettings();
  return (
    <FieldWrapper {...wrapperPropsOf(props)}>
      {(aria) => (
        <input
          {...aria}
          {...register(name)}
          defaultValue={initial}
          {...inputAttributes(field, limits)}
          placeholder={"placeholder" in field ? field.placeholder || undefined : undefined}
          className={styles.control}
        />
      )}
    </FieldWrapper>
  );
}

function inputAttributes(field: FieldOfType<OneLineType>, limits: ClientLimits) {
  switch (field.type) {
    case "short_text":
      return { type: "text", maxLength: field.maxLength ?? limits.shortTextMaxLength } as const;
    case "email":
      return {
        type: "email",
        autoComplete: "email",
        autoCapitalize: "none",
        spellCheck: false,
        maxLength: limits.emailMaxLength,
      } as const;
    case "phone":
      return { type: "tel", autoComplete: "tel", maxLength: limits.phoneMaxLength } as const;
    case "number":
      return { type: "text", inputMode: field.integer ? "numeric" : "decimal", autoComplete: "off" } as const;
    case "date":
      return { type: "date", min: field.minDate, max: field.maxDate } as const;
  }
}

export function LongTextField(props: FieldProps<FieldOfType<"long_text">>) {
  const { field, name } = props;
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(name));
  const { limits } = useClientSettings();
  return (
    <FieldWrapper {...wrapperPropsOf(props)}>
      {(aria) => (
        <textarea
          {...aria}
          {...register(name)}
          defaultValue={initial}
          rows={4}
          maxLength={field.maxLength ?? limits.longTextMaxLength}
          placeholder={field.placeholder || undefined}
          className={`${styles.control} resize-y`}
        />
      )}
    </FieldWrapper>
  );
}

"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOfType } from "@/lib/forms/definitions";
import { useClientSettings } from "@/components/settings/client-settings";
import { CountrySelect } from "./country-select";
import { asInputText, useInitialValue, type FieldProps } from "./field-parts";
import { FieldWrapper, wrapperPropsOf } from "./field-wrapper";
import * as styles from "./styles";

type Part = "line1" | "line2" | "city" | "postalCode" | "region" | "country";

const partLabels: Record<Part, string> = {
  line1: "Address line 1",
  line2: "Address line 2",
  city: "Town or city",
  postalCode: "Postal code",
  region: "State, county or region",
  country: "Country",
};

const autoCompleteTokens: Record<Part, string> = {
  line1: "address-line1",
  line2: "address-line2",
  city: "address-level2",
  postalCode: "postal-code",
  region: "address-level1",
  country: "country",
};

/** A fieldset of labelled inputs; each part has its own error under it ([key, part] paths). */
export function AddressField(props: FieldProps<FieldOfType<"address">>) {
  const { field, name, id } = props;
  const requiredParts: Record<Part, boolean> = {
    line1: true,
    line2: false,
    city: true,
    postalCode: field.requirePostalCode,
    region: field.requireRegion,
    country: true,
  };
  // An optional address is all or nothing: its parts are only required once one is filled in.
  const markOptional = (part: Part) => field.required && !requiredParts[part];
  const part = (p: Part) => ({
    part: p,
    id: `${id}-${p}`,
    name: `${name}.${p}`,
    // A section keeps the browser from filling two address fields with the same address.
    autoComplete: `section-${field.key} ${autoCompleteTokens[p]}`,
    showOptional: markOptional(p),
    required: field.required && requiredParts[p],
  });
  return (
    <FieldWrapper layout="group" {...wrapperPropsOf(props)}>
      {() => (
        <div className="flex flex-col gap-4">
          <AddressInput {...part("line1")} />
          <AddressInput {...part("line2")} />
          <AddressInput {...part("city")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <AddressInput {...part("postalCode")} />
            <AddressInput {...part("region")} />
          </div>
          <AddressCountry {...part("country")} allowed={field.countries} />
        </div>
      )}
    </FieldWrapper>
  );
}

type PartProps = {
  part: Part;
  id: string;
  name: string;
  autoComplete: string;
  showOptional: boolean;
  required: boolean;
};

/** One part: a smaller label, the part's own "(optional)", its own error; no help text of its own. */
function PartWrapper({
  part,
  id,
  name,
  showOptional,
  required,
  children,
}: PartProps & { children: Parameters<typeof FieldWrapper>[0]["children"] }) {
  return (
    <FieldWrapper
      layout="part"
      id={id}
      name={name}
      label={partLabels[part]}
      required={required}
      showOptional={showOptional}
    >
      {children}
    </FieldWrapper>
  );
}

function AddressInput(props: PartProps) {
  const { limits } = useClientSettings();
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(props.name));
  return (
    <PartWrapper {...props}>
      {(aria) => (
        <input
          {...aria}
          {...register(props.name)}
          defaultValue={initial}
          type="text"
          autoComplete={props.autoComplete}
          maxLength={limits.shortTextMaxLength}
          className={styles.control}
        />
      )}
    </PartWrapper>
  );
}

function AddressCountry(props: PartProps & { allowed: readonly string[] | undefined }) {
  const { register } = useFormContext();
  const initial = asInputText(useInitialValue(props.name));
  return (
    <PartWrapper {...props}>
      {(aria) => (
        <CountrySelect
          aria={aria}
          registration={register(props.name)}
          initial={initial}
          allowed={props.allowed}
          placeholder={undefined}
          autoComplete={props.autoComplete}
        />
      )}
    </PartWrapper>
  );
}

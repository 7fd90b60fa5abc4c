"use client";

import { useMemo } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { countries } from "@/lib/forms/countries";
import type { ControlAria } from "./field-wrapper";
import * as styles from "./styles";

/** A native select: the phone's own picker is the fastest way through 249 countries. */
export function CountrySelect({
  registration,
  aria,
  allowed,
  placeholder,
  autoComplete,
  initial,
}: {
  registration: UseFormRegisterReturn;
  /** The initial country code, for the server-rendered HTML (see useInitialValue). */
  initial: string;
  aria: ControlAria;
  allowed: readonly string[] | undefined;
  placeholder: string | undefined;
  autoComplete: string;
}) {
  const options = useMemo(
    () => (allowed ? countries.filter((c) => allowed.includes(c.code)) : countries),
    [allowed],
  );
  return (
    <select
      {...aria}
      {...registration}
      defaultValue={initial}
      autoComplete={autoComplete}
      className={styles.control}
    >
      <option value="">{placeholder || "Choose a country"}</option>
      {options.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}

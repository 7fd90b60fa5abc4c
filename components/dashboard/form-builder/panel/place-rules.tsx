"use client";

import { countries, isCountryCode } from "@/lib/forms/countries";
import { useClientSettings } from "@/components/settings/client-settings";
import { CheckControl, PanelSection, SelectControl, TextControl } from "../controls";
import { messageAt, type DefinitionIssue } from "../issues";
import type { PanelProps } from "./panel-props";

const allCountries = countries.map((c) => ({ value: c.code, label: c.name }));

/** "de, AT ch" -> ["DE", "AT", "CH"]; empty -> undefined (every country). */
export function parseCountryList(text: string): string[] | undefined {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== "");
  return codes.length > 0 ? codes : undefined;
}

function countriesMessage(issues: DefinitionIssue[]): string | undefined {
  const messages = issues.filter((i) => i.path[0] === "countries").map((i) => i.message);
  return messages.length > 0 ? [...new Set(messages)].join(" ") : undefined;
}

function CountryList({ field, idBase, issues, set }: PanelProps) {
  const list = Array.isArray(field.countries) ? field.countries.filter((c) => typeof c === "string") : [];
  const unknown = list.filter((code) => !isCountryCode(code));
  return (
    <TextControl
      id={`${idBase}-countries`}
      label="Only these countries (optional)"
      hint={`Two-letter codes separated by commas, e.g. “DE, AT, CH”; empty allows every country.${
        unknown.length > 0 ? ` Not known: ${unknown.join(", ")}.` : ""
      }`}
      mono
      value={list.join(", ")}
      onChange={(value) => set("countries", parseCountryList(value ?? ""))}
      error={countriesMessage(issues)}
    />
  );
}

function allowedOptions(field: PanelProps["field"]) {
  const list = Array.isArray(field.countries) ? field.countries : [];
  return list.length > 0 ? allCountries.filter((c) => list.includes(c.value)) : allCountries;
}

export function CountryRules(props: PanelProps) {
  const { limits } = useClientSettings();
  const { field, idBase, issues, set } = props;
  return (
    <PanelSection title="Answer rules">
      <TextControl
        id={`${idBase}-placeholder`}
        label="Empty entry of the list"
        hint="E.g. “Choose your country”."
        maxLength={limits.placeholderMaxLength}
        value={field.placeholder}
        onChange={(value) => set("placeholder", value)}
        error={messageAt(issues, "placeholder")}
      />
      <CountryList {...props} />
      <SelectControl
        id={`${idBase}-default`}
        label="Default country"
        emptyLabel="No default"
        value={field.defaultValue}
        options={allowedOptions(field)}
        onChange={(value) => set("defaultValue", value)}
        error={messageAt(issues, "defaultValue")}
      />
    </PanelSection>
  );
}

export function AddressRules(props: PanelProps) {
  const { field, idBase, issues, set } = props;
  return (
    <PanelSection title="Address rules">
      <CountryList {...props} />
      <SelectControl
        id={`${idBase}-default-country`}
        label="Default country"
        emptyLabel="No default"
        value={field.defaultCountry}
        options={allowedOptions(field)}
        onChange={(value) => set("defaultCountry", value)}
        error={messageAt(issues, "defaultCountry")}
      />
      <CheckControl
        id={`${idBase}-require-postal-code`}
        label="Postal code required"
        hint="Untick for countries without postal codes."
        checked={field.requirePostalCode !== false}
        onChange={(checked) => set("requirePostalCode", checked)}
        error={messageAt(issues, "requirePostalCode")}
      />
      <CheckControl
        id={`${idBase}-require-region`}
        label="Region or state required"
        checked={field.requireRegion === true}
        onChange={(checked) => set("requireRegion", checked)}
        error={messageAt(issues, "requireRegion")}
      />
    </PanelSection>
  );
}

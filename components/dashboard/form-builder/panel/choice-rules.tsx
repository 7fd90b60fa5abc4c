"use client";

import { useClientSettings } from "@/components/settings/client-settings";
import { CheckControl, NumberControl, PanelSection, SelectControl, TextControl } from "../controls";
import { messageAt } from "../issues";
import { ChoiceOptions, optionsOf } from "./choice-options";
import type { PanelProps } from "./panel-props";

export function ChoiceRules(props: PanelProps) {
  const { limits } = useClientSettings();
  const { field, idBase, issues, set } = props;
  const options = optionsOf(field.options).filter((o) => o.value !== "");
  const labelled = options.map((o) => ({ value: o.value, label: o.label || o.value }));
  return (
    <PanelSection title="Choices and rules">
      <ChoiceOptions {...props} />
      {field.type === "single_choice" ? (
        <>
          <SelectControl
            id={`${idBase}-display`}
            label="Show as"
            value={field.display ?? "radio"}
            options={[
              { value: "radio", label: "Radio buttons (every choice visible)" },
              { value: "dropdown", label: "Dropdown (for long lists)" },
            ]}
            onChange={(value) => set("display", value ?? "radio")}
            error={messageAt(issues, "display")}
          />
          {field.display === "dropdown" ? (
            <TextControl
              id={`${idBase}-placeholder`}
              label="Dropdown's empty entry"
              hint="E.g. “Choose a size”."
              maxLength={limits.placeholderMaxLength}
              value={field.placeholder}
              onChange={(value) => set("placeholder", value)}
              error={messageAt(issues, "placeholder")}
            />
          ) : null}
          <SelectControl
            id={`${idBase}-default`}
            label="Default choice"
            emptyLabel="No default"
            value={field.defaultValue}
            options={labelled}
            onChange={(value) => set("defaultValue", value)}
            error={messageAt(issues, "defaultValue")}
          />
        </>
      ) : (
        <MultipleRules {...props} options={labelled} />
      )}
    </PanelSection>
  );
}

function MultipleRules({
  field,
  idBase,
  issues,
  set,
  options,
}: PanelProps & { options: { value: string; label: string }[] }) {
  const defaults = Array.isArray(field.defaultValue)
    ? field.defaultValue.filter((v): v is string => typeof v === "string")
    : [];
  const defaultError = messageAt(issues, "defaultValue");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberControl
          id={`${idBase}-min-selected`}
          label="At least this many choices"
          integer
          value={field.minSelected}
          onChange={(value) => set("minSelected", value)}
          error={messageAt(issues, "minSelected")}
        />
        <NumberControl
          id={`${idBase}-max-selected`}
          label="At most this many choices"
          integer
          value={field.maxSelected}
          onChange={(value) => set("maxSelected", value)}
          error={messageAt(issues, "maxSelected")}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Ticked by default</legend>
        {options.length === 0 ? <p className="text-sm text-slate-600">Add choices first.</p> : null}
        {options.map((option, j) => (
          <CheckControl
            key={option.value}
            id={`${idBase}-default-${j}`}
            label={option.label}
            checked={defaults.includes(option.value)}
            onChange={(checked) => {
              const next = checked ? [...defaults, option.value] : defaults.filter((v) => v !== option.value);
              set("defaultValue", next.length > 0 ? next : undefined);
            }}
          />
        ))}
        {defaultError ? <p className="text-sm font-medium text-red-700">{defaultError}</p> : null}
      </fieldset>
    </>
  );
}

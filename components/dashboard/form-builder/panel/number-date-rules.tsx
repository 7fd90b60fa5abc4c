"use client";

import { Field, inputClassName } from "@/components/dashboard/field";
import { useClientSettings } from "@/components/settings/client-settings";
import { CheckControl, NumberControl, PanelSection, TextControl } from "../controls";
import { messageAt } from "../issues";
import { str, type PanelProps } from "./panel-props";

export function NumberRules({ field, idBase, issues, set }: PanelProps) {
  const { limits } = useClientSettings();
  const integer = field.integer === true;
  return (
    <PanelSection title="Answer rules">
      <TextControl
        id={`${idBase}-placeholder`}
        label="Placeholder"
        maxLength={limits.placeholderMaxLength}
        value={field.placeholder}
        onChange={(value) => set("placeholder", value)}
        error={messageAt(issues, "placeholder")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberControl
          id={`${idBase}-min`}
          label="Minimum"
          value={field.min}
          onChange={(value) => set("min", value)}
          error={messageAt(issues, "min")}
        />
        <NumberControl
          id={`${idBase}-max`}
          label="Maximum"
          value={field.max}
          onChange={(value) => set("max", value)}
          error={messageAt(issues, "max")}
        />
      </div>
      <CheckControl
        id={`${idBase}-integer`}
        label="Whole numbers only"
        checked={integer}
        onChange={(checked) => set("integer", checked)}
        error={messageAt(issues, "integer")}
      />
      <NumberControl
        id={`${idBase}-default`}
        label="Default answer"
        integer={integer}
        value={field.defaultValue}
        onChange={(value) => set("defaultValue", value)}
        error={messageAt(issues, "defaultValue")}
      />
    </PanelSection>
  );
}

function DateControl({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: unknown;
  onChange: (value: string | undefined) => void;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(aria) => (
        <input
          {...aria}
          type="date"
          value={str(value)}
          onChange={(e) => onChange(e.target.value || undefined)}
          className={`${inputClassName} max-w-52`}
        />
      )}
    </Field>
  );
}

export function DateRules({ field, idBase, issues, set }: PanelProps) {
  return (
    <PanelSection title="Answer rules">
      <div className="grid gap-4 sm:grid-cols-2">
        <DateControl
          id={`${idBase}-min-date`}
          label="Earliest date"
          value={field.minDate}
          onChange={(value) => set("minDate", value)}
          error={messageAt(issues, "minDate")}
        />
        <DateControl
          id={`${idBase}-max-date`}
          label="Latest date"
          value={field.maxDate}
          onChange={(value) => set("maxDate", value)}
          error={messageAt(issues, "maxDate")}
        />
      </div>
      <DateControl
        id={`${idBase}-default`}
        label="Default answer"
        value={field.defaultValue}
        onChange={(value) => set("defaultValue", value)}
        error={messageAt(issues, "defaultValue")}
      />
    </PanelSection>
  );
}

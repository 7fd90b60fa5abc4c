"use client";

import { Alert } from "@/components/ui/alert";
import { useClientSettings } from "@/components/settings/client-settings";
import { CheckControl, TextControl } from "../controls";
import { isDisplayType } from "../field-types";
import { messageAt } from "../issues";
import type { PanelProps } from "./panel-props";

/** Label, key, help text, required and the personal-data flag: what every answerable field has. */
export function BasicsSection({
  field,
  idBase,
  issues,
  set,
  onLabelChange,
  onKeyChange,
  publishedKey,
}: PanelProps & {
  onLabelChange: (label: string) => void;
  onKeyChange: (key: string) => void;
  /** The key this field had when the page was opened, when the form has been published before. */
  publishedKey: string | null;
}) {
  const { limits } = useClientSettings();
  const display = isDisplayType(field.type);
  const canBeRequired = !display && field.type !== "checkbox" && field.type !== "consent";
  const keyChanged = publishedKey !== null && publishedKey !== field.key;
  return (
    <div className="space-y-4">
      {display ? null : (
        <TextControl
          id={`${idBase}-label`}
          label="Label"
          keepEmpty
          maxLength={limits.labelMaxLength}
          value={field.label}
          onChange={(value) => onLabelChange(value ?? "")}
          error={messageAt(issues, "label")}
        />
      )}
      <TextControl
        id={`${idBase}-key`}
        label="Key"
        mono
        keepEmpty
        maxLength={limits.fieldKeyMaxLength}
        hint="Names the answer in exports and the API. Lowercase letters, digits and _, starting with a letter."
        value={field.key}
        onChange={(value) => onKeyChange(value ?? "")}
        error={messageAt(issues, "key")}
      />
      {keyChanged ? (
        <Alert tone="warning">
          This field was saved as “{publishedKey}”. Orders placed with earlier versions keep their answers
          under “{publishedKey}”; exports will show the old and the new key as separate columns.
        </Alert>
      ) : null}
      {display ? null : (
        <TextControl
          id={`${idBase}-help`}
          label="Help text"
          multiline
          rows={2}
          maxLength={limits.helpTextMaxLength}
          hint="Shown under the label."
          value={field.helpText}
          onChange={(value) => set("helpText", value)}
          error={messageAt(issues, "helpText")}
        />
      )}
      {canBeRequired ? (
        <CheckControl
          id={`${idBase}-required`}
          label="Required"
          hint="Attendees cannot order without answering (only when the field is shown)."
          checked={field.required === true}
          onChange={(checked) => set("required", checked)}
          error={messageAt(issues, "required")}
        />
      ) : null}
      {display ? null : (
        <CheckControl
          id={`${idBase}-personal`}
          label="Personal data"
          hint="Personal answers are masked for viewers and marketers, left out of or masked in exports, and erased when the event's retention period ends."
          checked={field.personal === true}
          onChange={(checked) => set("personal", checked)}
          error={messageAt(issues, "personal")}
        />
      )}
    </div>
  );
}

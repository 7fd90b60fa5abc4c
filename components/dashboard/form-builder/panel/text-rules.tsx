"use client";

import { useClientSettings } from "@/components/settings/client-settings";
import { NumberControl, PanelSection, TextControl } from "../controls";
import { messageAt } from "../issues";
import type { PanelProps } from "./panel-props";

/** Short and long text, email and phone: placeholder, lengths, pattern (short text) and default. */
export function TextRules({ field, idBase, issues, set }: PanelProps) {
  const { limits } = useClientSettings();
  const isText = field.type === "short_text" || field.type === "long_text";
  const max = field.type === "long_text" ? limits.longTextMaxLength : limits.shortTextMaxLength;
  return (
    <PanelSection title="Answer rules">
      <TextControl
        id={`${idBase}-placeholder`}
        label="Placeholder"
        hint="An example shown in the empty box; it is not an answer."
        maxLength={limits.placeholderMaxLength}
        value={field.placeholder}
        onChange={(value) => set("placeholder", value)}
        error={messageAt(issues, "placeholder")}
      />
      {isText ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberControl
            id={`${idBase}-min-length`}
            label="Minimum length"
            integer
            value={field.minLength}
            onChange={(value) => set("minLength", value)}
            error={messageAt(issues, "minLength")}
          />
          <NumberControl
            id={`${idBase}-max-length`}
            label="Maximum length"
            hint={`At most ${max}.`}
            integer
            value={field.maxLength}
            onChange={(value) => set("maxLength", value)}
            error={messageAt(issues, "maxLength")}
          />
        </div>
      ) : null}
      {field.type === "short_text" ? (
        <>
          <TextControl
            id={`${idBase}-pattern`}
            label="Pattern (regular expression)"
            hint="Optional. The whole answer must match, e.g. [A-Z]{2}[0-9]{4}. Patterns that could run away are refused."
            mono
            maxLength={limits.patternMaxLength}
            value={field.pattern}
            onChange={(value) => set("pattern", value)}
            error={messageAt(issues, "pattern")}
          />
          <TextControl
            id={`${idBase}-pattern-message`}
            label="Message when the pattern does not match"
            maxLength={limits.labelMaxLength}
            value={field.patternMessage}
            onChange={(value) => set("patternMessage", value)}
            error={messageAt(issues, "patternMessage")}
          />
        </>
      ) : null}
      <TextControl
        id={`${idBase}-default`}
        label="Default answer"
        hint="Filled in for attendees; they can change it."
        multiline={field.type === "long_text"}
        value={field.defaultValue}
        onChange={(value) => set("defaultValue", value)}
        error={messageAt(issues, "defaultValue")}
      />
    </PanelSection>
  );
}

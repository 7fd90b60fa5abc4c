"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useClientSettings } from "@/components/settings/client-settings";
import { TextControl } from "../controls";
import { optionValueFromLabel } from "../keys";
import { moveInList, removeAt, replaceAt } from "../list-ops";
import { messageAt } from "../issues";
import type { PanelProps } from "./panel-props";

export type DraftOption = { value: string; label: string };

export function optionsOf(value: unknown): DraftOption[] {
  if (!Array.isArray(value)) return [];
  return value.map((o: unknown) => {
    const option = typeof o === "object" && o !== null ? (o as Record<string, unknown>) : {};
    return {
      value: typeof option.value === "string" ? option.value : "",
      label: typeof option.label === "string" ? option.label : "",
    };
  });
}

const small =
  "min-h-11 min-w-11 rounded-lg border border-slate-300 bg-white px-2 font-bold text-slate-800 hover:bg-slate-50 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-40";

/**
 * The choices: label (what attendees read) and value (what is stored; stable, so renaming a label does
 * not change old answers). Reordered with ↑/↓, the new position announced.
 */
export function ChoiceOptions({ field, idBase, issues, set }: PanelProps) {
  const { limits } = useClientSettings();
  const options = optionsOf(field.options);
  const [announcement, setAnnouncement] = useState("");
  const focusAfter = useRef<string | null>(null);
  const update = (next: DraftOption[]) => set("options", next);
  const listError = messageAt(issues, "options");

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const moved = options[index];
    if (!moved || to < 0 || to >= options.length) return;
    update(moveInList(options, index, to));
    setAnnouncement(`“${moved.label}” moved to position ${to + 1} of ${options.length}.`);
    focusAfter.current = `${idBase}-option-${to}-${by < 0 ? "up" : "down"}`;
    requestAnimationFrame(() => {
      if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    });
  };

  return (
    <fieldset className="space-y-3" aria-describedby={listError ? `${idBase}-options-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-900">Choices</legend>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {listError ? (
        <p id={`${idBase}-options-error`} className="text-sm font-medium text-red-700">
          {listError}
        </p>
      ) : null}
      <ol className="space-y-3">
        {options.map((option, j) => (
          <li key={j} className="rounded-lg border border-slate-200 p-3">
            <div className="grid gap-3 sm:grid-cols-2">
              <TextControl
                id={`${idBase}-option-${j}-label`}
                label={`Choice ${j + 1} label`}
                keepEmpty
                maxLength={limits.labelMaxLength}
                value={option.label}
                onChange={(label) => update(replaceAt(options, j, { ...option, label: label ?? "" }))}
                error={messageAt(issues, "options", j, "label")}
              />
              <TextControl
                id={`${idBase}-option-${j}-value`}
                label={`Choice ${j + 1} stored value`}
                keepEmpty
                mono
                maxLength={limits.labelMaxLength}
                value={option.value}
                onChange={(value) => update(replaceAt(options, j, { ...option, value: value ?? "" }))}
                error={messageAt(issues, "options", j, "value") ?? messageAt(issues, "options", j)}
              />
            </div>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                id={`${idBase}-option-${j}-up`}
                type="button"
                className={small}
                disabled={j === 0}
                aria-label={`Move choice “${option.label || j + 1}” up`}
                onClick={() => move(j, -1)}
              >
                ↑
              </button>
              <button
                id={`${idBase}-option-${j}-down`}
                type="button"
                className={small}
                disabled={j === options.length - 1}
                aria-label={`Move choice “${option.label || j + 1}” down`}
                onClick={() => move(j, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className={`${small} text-red-800`}
                aria-label={`Remove choice “${option.label || j + 1}”`}
                onClick={() => {
                  update(removeAt(options, j));
                  setAnnouncement(`Choice “${option.label}” removed.`);
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        disabled={options.length >= limits.choicesPerField}
        onClick={() => {
          const label = `Option ${options.length + 1}`;
          const value = optionValueFromLabel(
            label,
            options.map((o) => o.value),
          );
          update([...options, { value, label }]);
          setAnnouncement(`Choice “${label}” added.`);
          requestAnimationFrame(() =>
            document.getElementById(`${idBase}-option-${options.length}-label`)?.focus(),
          );
        }}
      >
        Add a choice
      </Button>
    </fieldset>
  );
}

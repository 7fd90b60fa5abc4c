"use client";

import { useState } from "react";
import { inputClassName } from "@/components/dashboard/field";
import { Button } from "@/components/ui/button";
import { fieldTypes, type FieldType } from "@/lib/forms/definitions";
import { useClientSettings } from "@/components/settings/client-settings";
import { fieldTypeInfo } from "./field-types";

const groups: { label: string; group: "input" | "choice" | "display" }[] = [
  { label: "Answers", group: "input" },
  { label: "Choices and ticks", group: "choice" },
  { label: "Display only", group: "display" },
];

/** Chooses a type and adds a field of it after the selected one (or at the end). */
export function AddField({ count, onAdd }: { count: number; onAdd: (type: FieldType) => void }) {
  const { limits } = useClientSettings();
  const [type, setType] = useState<FieldType>("short_text");
  const full = count >= limits.fieldsPerForm;
  return (
    <div className="space-y-2 rounded-xl border border-slate-200 bg-slate-50 p-3">
      <label htmlFor="fb-add-type" className="block text-sm font-semibold text-slate-900">
        Add a field
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id="fb-add-type"
          value={type}
          onChange={(e) => {
            const chosen = fieldTypes.find((t) => t === e.target.value);
            if (chosen) setType(chosen);
          }}
          className={`${inputClassName} w-auto flex-1`}
          aria-describedby={full ? "fb-add-full" : undefined}
        >
          {groups.map(({ label, group }) => (
            <optgroup key={group} label={label}>
              {fieldTypes
                .filter((t) => fieldTypeInfo[t].group === group)
                .map((t) => (
                  <option key={t} value={t}>
                    {fieldTypeInfo[t].name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <Button onClick={() => onAdd(type)} disabled={full}>
          Add
        </Button>
      </div>
      {full ? (
        <p id="fb-add-full" className="text-sm text-slate-700">
          A form can have at most {limits.fieldsPerForm} fields.
        </p>
      ) : null}
    </div>
  );
}

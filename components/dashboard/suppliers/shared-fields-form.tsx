"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Input = { orgId: string; eventId: string; supplierId: string; fieldKeys: string[] };

/** Which answers a supplier receives at this event. Personal fields are marked: unchecked ones never leave. */
export function SharedFieldsForm({
  ids,
  supplierName,
  fields,
  chosen,
  action,
}: {
  ids: { orgId: string; eventId: string; supplierId: string };
  supplierName: string;
  fields: { key: string; label: string; personal: boolean }[];
  chosen: string[];
  action: (input: Input) => Promise<ActionResult<unknown>>;
}) {
  const [keys, setKeys] = useState(() => new Set(chosen));
  const { run, pending, result } = useAction(action);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ ...ids, fieldKeys: fields.map((f) => f.key).filter((k) => keys.has(k)) });
      }}
    >
      <fieldset>
        <legend className="font-semibold text-slate-900">{`Fields shared with ${supplierName}`}</legend>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {fields.map((f) => (
            <li key={f.key}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  className="size-5 accent-blue-700"
                  checked={keys.has(f.key)}
                  onChange={(e) => {
                    const next = new Set(keys);
                    if (e.target.checked) next.add(f.key);
                    else next.delete(f.key);
                    setKeys(next);
                  }}
                />
                {f.label}
                {f.personal ? <span className="text-sm text-slate-600">(personal)</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save shared fields"}
      </Button>
      <ActionMessage result={result} />
    </form>
  );
}

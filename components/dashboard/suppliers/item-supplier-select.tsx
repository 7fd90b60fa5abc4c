"use client";

import { useId, useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { inputClassName } from "@/components/dashboard/field";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Input = { orgId: string; eventId: string; itemId: string; supplierId: string };

/** Who fulfils an item: one of the organisation's suppliers, or the team itself. */
export function ItemSupplierSelect({
  ids,
  itemName,
  choices,
  current,
  action,
}: {
  ids: { orgId: string; eventId: string; itemId: string };
  itemName: string;
  choices: { id: string; name: string }[];
  current: string | null;
  action: (input: Input) => Promise<ActionResult<unknown>>;
}) {
  const id = useId();
  const [value, setValue] = useState(current ?? "");
  const { run, pending, result } = useAction(action);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ ...ids, supplierId: value });
      }}
    >
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {`Supplier of ${itemName}`}
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={`${inputClassName} max-w-xs`}
        >
          <option value="">Our team (no supplier)</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save supplier"}
        </Button>
      </div>
      <ActionMessage result={result} />
    </form>
  );
}

"use client";

import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "../action-message";
import { ConfirmButton } from "../confirm-button";
import { useAction } from "../use-action-form";

/**
 * An erasure behind a confirmation that names how many orders it will erase (counts only), with its result
 * underneath. The input is fixed by the page, so the confirmation erases exactly what it showed.
 */
export function EraseConfirm<In>({
  input,
  action,
  label,
  title,
  body,
  confirmLabel,
  disabled = false,
}: {
  input: In;
  action: (input: In) => Promise<ActionResult<unknown>>;
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  disabled?: boolean;
}) {
  const erase = useAction(action);
  return (
    <div className="space-y-2">
      {disabled ? null : (
        <ConfirmButton
          label={label}
          title={title}
          body={body}
          confirmLabel={confirmLabel}
          pending={erase.pending}
          onConfirm={() => void erase.run(input)}
        />
      )}
      <ActionMessage result={erase.result} />
    </div>
  );
}

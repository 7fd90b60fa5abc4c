"use client";

import { ActionMessage } from "@/components/dashboard/action-message";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Input = { orgId: string; eventId: string; dispatchId: string };

/** "Resend" in the dispatch history. */
export function ResendButton({
  ids,
  label,
  action,
}: {
  ids: Input;
  label: string;
  action: (input: Input) => Promise<ActionResult<unknown>>;
}) {
  const { run, pending, result } = useAction(action);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => void run(ids)}
        aria-label={label}
      >
        {pending ? "Sending…" : "Resend"}
      </Button>
      <ActionMessage result={result} />
    </div>
  );
}

"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Input = { orgId: string; eventId: string; supplierId: string; idempotencyKey: string };

/**
 * "Send now" for a batch supplier. One key per press (a new one after each answer), so a double click or a
 * retried request is one batch.
 */
export function SendNowButton({
  ids,
  supplierName,
  waiting,
  action,
}: {
  ids: { orgId: string; eventId: string; supplierId: string };
  supplierName: string;
  waiting: number;
  action: (input: Input) => Promise<ActionResult<unknown>>;
}) {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const { run, pending, result } = useAction(action);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          await run({ ...ids, idempotencyKey: key });
          setKey(crypto.randomUUID());
        }}
      >
        {pending ? "Sending…" : `Send now to ${supplierName} (${waiting} waiting)`}
      </Button>
      <ActionMessage result={result} />
    </div>
  );
}

"use client";

import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import type { ActionResult } from "@/lib/validation/action-result";

/** Revoke the supplier's private list link and issue a new one. */
export function RenewLinkButton({
  ids,
  supplierName,
  action,
}: {
  ids: { orgId: string; eventId: string; supplierId: string };
  supplierName: string;
  action: (input: { orgId: string; eventId: string; supplierId: string }) => Promise<ActionResult<unknown>>;
}) {
  const { run, pending, result } = useAction(action);
  return (
    <div className="space-y-2">
      <ConfirmButton
        label="Revoke link and issue a new one"
        title={`Replace ${supplierName}'s private link?`}
        body="The link in the emails sent so far stops working at once. You will see the new link to pass on."
        confirmLabel="Replace link"
        variant="secondary"
        pending={pending}
        onConfirm={() => void run(ids)}
      />
      <ActionMessage result={result} className="break-all" />
    </div>
  );
}

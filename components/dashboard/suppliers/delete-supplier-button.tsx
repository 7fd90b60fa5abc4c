"use client";

import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import type { ActionResult } from "@/lib/validation/action-result";

export function DeleteSupplierButton({
  orgId,
  supplierId,
  name,
  action,
}: {
  orgId: string;
  supplierId: string;
  name: string;
  action: (input: { orgId: string; supplierId: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { run, pending, result } = useAction(action);
  return (
    <div className="space-y-2">
      <ActionMessage result={result} />
      <ConfirmButton
        label="Delete supplier"
        title={`Delete ${name}?`}
        body="Its items go back to being fulfilled by your team, and its dispatch history is deleted. Orders are not changed."
        confirmLabel="Delete"
        pending={pending}
        onConfirm={async () => {
          const outcome = await run({ orgId, supplierId });
          if (outcome.ok) router.push(`/dashboard/${orgId}/suppliers`);
        }}
      />
    </div>
  );
}

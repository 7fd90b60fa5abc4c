"use client";

import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Ref = { orgId: string; eventId: string; itemId: string };

/** Archive asks first (attendees lose the item); unarchive is harmless, it comes back inactive. */
export function ArchiveButton({
  itemRef,
  itemName,
  archived,
  archive,
  unarchive,
}: {
  itemRef: Ref;
  itemName: string;
  archived: boolean;
  archive: (input: Ref) => Promise<ActionResult<unknown>>;
  unarchive: (input: Ref) => Promise<ActionResult<unknown>>;
}) {
  const archiving = useAction(archive);
  const restoring = useAction(unarchive);
  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="secondary" disabled={restoring.pending} onClick={() => void restoring.run(itemRef)}>
          {restoring.pending ? "Unarchiving…" : "Unarchive"}
          <span className="sr-only"> {itemName}</span>
        </Button>
      ) : (
        <ConfirmButton
          variant="secondary"
          label={
            <>
              Archive<span className="sr-only"> {itemName}</span>
            </>
          }
          title={`Archive ${itemName}?`}
          body="Attendees will no longer see or order it. Its orders are kept, and you can unarchive it from the Archived list."
          confirmLabel="Archive item"
          pending={archiving.pending}
          onConfirm={() => void archiving.run(itemRef)}
        />
      )}
      <ActionMessage result={archiving.result ?? restoring.result} />
    </div>
  );
}

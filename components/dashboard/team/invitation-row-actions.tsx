"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "../action-message";
import { ConfirmButton } from "../confirm-button";
import { useAction } from "../use-action-form";

type InvitationInput = { orgId: string; invitationId: string };

export function InvitationRowActions({
  orgId,
  invitationId,
  email,
  resend,
  revoke,
}: {
  orgId: string;
  invitationId: string;
  email: string;
  resend: (input: InvitationInput) => Promise<ActionResult<null>>;
  revoke: (input: InvitationInput) => Promise<ActionResult<null>>;
}) {
  const resending = useAction(resend);
  const revoking = useAction(revoke);
  const [last, setLast] = useState<"resend" | "revoke" | null>(null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={resending.pending}
          aria-label={`Resend the invitation to ${email}`}
          onClick={() => {
            setLast("resend");
            void resending.run({ orgId, invitationId });
          }}
        >
          {resending.pending ? "Sending…" : "Resend"}
        </Button>
        <ConfirmButton
          label={
            <>
              Revoke<span className="sr-only">{` the invitation to ${email}`}</span>
            </>
          }
          title={`Revoke the invitation to ${email}?`}
          body="The link in the email stops working at once. You can invite them again later."
          confirmLabel="Revoke invitation"
          pending={revoking.pending}
          onConfirm={() => {
            setLast("revoke");
            void revoking.run({ orgId, invitationId });
          }}
        />
      </div>
      <ActionMessage
        result={last === "revoke" ? revoking.result : last === "resend" ? resending.result : null}
      />
    </div>
  );
}

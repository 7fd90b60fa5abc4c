"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { activeOrgCookie } from "@/lib/actions/active-org";
import type { ActionResult } from "@/lib/validation/action-result";
import { ActionMessage } from "../action-message";
import { useAction } from "../use-action-form";

/** "Join {org}": disabled while pending (the server makes a double click harmless anyway), then opens the org. */
export function AcceptInvitation({
  token,
  orgName,
  action,
}: {
  token: string;
  orgName: string;
  action: (input: { token: string }) => Promise<ActionResult<{ orgId: string }>>;
}) {
  const router = useRouter();
  const { run, pending, result } = useAction(action);
  const joined = result?.ok === true;
  return (
    <div className="space-y-4">
      <ActionMessage result={result} />
      <Button
        className="w-full"
        size="lg"
        disabled={pending || joined}
        onClick={() => {
          void run({ token }).then((outcome) => {
            if (!outcome.ok) return;
            document.cookie = activeOrgCookie(outcome.data.orgId, { secure: location.protocol === "https:" });
            router.push(`/dashboard/${outcome.data.orgId}`);
          });
        }}
      >
        {pending ? "Joining…" : joined ? "Opening…" : `Join ${orgName}`}
      </Button>
    </div>
  );
}

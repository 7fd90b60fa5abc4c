"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { roles, type Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/validation/action-result";
import { roleLabels } from "@/lib/format/role-labels";
import { ActionMessage } from "../action-message";
import { ConfirmButton } from "../confirm-button";
import { inputClassName } from "../field";
import { useAction } from "../use-action-form";

type MemberInput = { orgId: string; userId: string };

/** A member's role select with its Save button, and Remove behind a confirmation; the result under them. */
export function MemberRowActions({
  orgId,
  userId,
  name,
  role,
  isYou,
  changeRole,
  remove,
}: {
  orgId: string;
  userId: string;
  /** The member as people know them (name or email), for labels and the confirmation. */
  name: string;
  role: Role;
  isYou: boolean;
  changeRole: (input: MemberInput & { role: Role }) => Promise<ActionResult<null>>;
  remove: (input: MemberInput) => Promise<ActionResult<{ self: boolean }>>;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Role>(role);
  const save = useAction(changeRole);
  const removal = useAction(remove);
  // Shows the result of whichever action ran last.
  const [last, setLast] = useState<"save" | "remove" | null>(null);
  const result = last === "remove" ? removal.result : last === "save" ? save.result : null;
  const selectId = `role-${userId}`;
  return (
    <div className="space-y-2">
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setLast("save");
          void save.run({ orgId, userId, role: selected });
        }}
      >
        <label htmlFor={selectId} className="sr-only">
          {`Role of ${name}`}
        </label>
        <select
          id={selectId}
          value={selected}
          onChange={(e) => setSelected(e.target.value as Role)}
          className={inputClassName.replace("w-full", "w-auto")}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          disabled={save.pending || selected === role}
          aria-label={`Save role of ${name}`}
        >
          {save.pending ? "Saving…" : "Save"}
        </Button>
        <ConfirmButton
          label={
            isYou ? (
              "Leave"
            ) : (
              <>
                Remove<span className="sr-only">{` ${name}`}</span>
              </>
            )
          }
          title={isYou ? "Leave this organisation?" : `Remove ${name}?`}
          body={
            isYou
              ? "You will lose access to this organisation's events and orders at once. Another owner can invite you again."
              : `${name} will lose access to this organisation at once. You can invite them again later.`
          }
          confirmLabel={isYou ? "Leave organisation" : "Remove member"}
          pending={removal.pending}
          onConfirm={() => {
            setLast("remove");
            void removal.run({ orgId, userId }).then((outcome) => {
              if (outcome.ok && outcome.data.self) router.push("/dashboard");
            });
          }}
        />
      </form>
      <ActionMessage result={result} />
    </div>
  );
}

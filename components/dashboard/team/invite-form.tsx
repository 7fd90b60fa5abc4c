"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { roles } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/validation/action-result";
import { roleDescriptions, roleLabels } from "@/lib/format/role-labels";
import { inviteMemberSchema } from "@/lib/team/team-schemas";
import { ActionMessage } from "../action-message";
import { Field, inputClassName } from "../field";
import { useActionForm } from "../use-action-form";

type Values = z.input<typeof inviteMemberSchema>;

export function InviteForm({
  orgId,
  action,
}: {
  orgId: string;
  action: (input: Values) => Promise<ActionResult<{ invitationId: string }>>;
}) {
  const defaultValues: Values = { orgId, email: "", role: "organiser" };
  const { form, onSubmit, result, pending } = useActionForm({
    schema: inviteMemberSchema,
    action,
    defaultValues,
    resetOnSuccess: true,
  });
  const role = form.watch("role");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite a member">
      <ActionMessage result={result} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_auto] md:items-start">
        <Field id="invite-email" label="Email address" error={form.formState.errors.email?.message}>
          {(aria) => (
            <input
              {...aria}
              {...form.register("email")}
              type="email"
              autoComplete="off"
              inputMode="email"
              className={inputClassName}
            />
          )}
        </Field>
        <Field
          id="invite-role"
          label="Role"
          hint={roleDescriptions[role] ?? ""}
          error={form.formState.errors.role?.message}
        >
          {(aria) => (
            <select {...aria} {...form.register("role")} className={inputClassName}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending} className="md:mt-6">
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}

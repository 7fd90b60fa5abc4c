"use client";

import { useRouter } from "next/navigation";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { createOrganisationSchema } from "@/lib/team/organisation-schema";
import { ActionMessage } from "./action-message";
import { Field, inputClassName } from "./field";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof createOrganisationSchema>;

export function CreateOrganisationForm({
  action,
}: {
  action: (input: Values) => Promise<ActionResult<{ orgId: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm({
    schema: createOrganisationSchema,
    action,
    defaultValues: { name: "" },
    onSuccess: ({ orgId }) => router.push(`/dashboard/${orgId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionMessage result={result} />
      <Field
        id="org-name"
        label="Organisation name"
        hint="Your company or team, e.g. “DevConf Foundation”."
        error={form.formState.errors.name?.message}
      >
        {(aria) => (
          <input
            {...aria}
            {...form.register("name")}
            className={inputClassName}
            autoComplete="organization"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}

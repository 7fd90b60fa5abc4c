"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { signInRequestSchema } from "@/lib/auth/sign-in-schema";
import { ActionMessage } from "./action-message";
import { Field, inputClassName } from "./field";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof signInRequestSchema>;

export function SignInForm({
  action,
  callbackUrl,
}: {
  action: (input: Values) => Promise<ActionResult<null>>;
  callbackUrl: string;
}) {
  const { form, onSubmit, result, pending } = useActionForm({
    schema: signInRequestSchema,
    action,
    defaultValues: { email: "", callbackUrl },
  });
  const error = form.formState.errors.email?.message;
  if (result?.ok) {
    return (
      <div className="space-y-3" data-testid="sign-in-sent">
        <ActionMessage result={result} />
        <p className="text-slate-700">
          The link works once and expires in 15 minutes. You can close this tab: the link opens the dashboard.
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionMessage result={result} />
      <Field id="email" label="Email address" error={error}>
        {(aria) => (
          <input
            {...aria}
            {...form.register("email")}
            type="email"
            autoComplete="email"
            inputMode="email"
            className={inputClassName}
          />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}

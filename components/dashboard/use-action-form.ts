"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/validation/action-result";

const OFFLINE: ActionResult<never> = {
  ok: false,
  code: "unavailable",
  message: "The server could not be reached. Nothing was changed: check your connection and try again.",
  fieldErrors: {},
};

/**
 * react-hook-form with the action's own zod schema (the browser checks what the server will check), a
 * server action call in a transition, the server's field errors put back on their fields, and the result
 * kept for <ActionMessage>. On success the page's server data is refreshed.
 *
 * The fields hold the schema's input type (`In`: what the inputs edit, e.g. a price as text) and the action
 * receives its output type (`Out`: what the schema returns after trimming, coercing and transforming), so
 * both are inferred from the schema and no form needs a cast.
 */
export function useActionForm<In extends FieldValues, Out, T>({
  schema,
  action,
  defaultValues,
  onSuccess,
  resetOnSuccess = false,
}: {
  schema: z.ZodType<Out, In>;
  action: (input: Out) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<In>;
  onSuccess?: (data: T) => void;
  resetOnSuccess?: boolean;
}): {
  form: UseFormReturn<In, unknown, Out>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  result: ActionResult<T> | null;
  pending: boolean;
} {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onTouched",
  });

  const onSubmit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      let outcome: ActionResult<T>;
      try {
        outcome = await action(values);
      } catch {
        outcome = OFFLINE;
      }
      setResult(outcome);
      if (!outcome.ok) {
        for (const [path, messages] of Object.entries(outcome.fieldErrors)) {
          form.setError(path as FieldPath<In>, { type: "server", message: messages.join(" ") });
        }
        return;
      }
      if (resetOnSuccess) form.reset(defaultValues);
      onSuccess?.(outcome.data);
      router.refresh();
    });
  });

  return { form, onSubmit, result, pending };
}

/** For buttons that run one action without a form (publish, archive…): pending state and the result. */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const run = (...args: A) =>
    new Promise<ActionResult<T>>((resolve) => {
      setResult(null);
      startTransition(async () => {
        let outcome: ActionResult<T>;
        try {
          outcome = await action(...args);
        } catch {
          outcome = OFFLINE;
        }
        setResult(outcome);
        if (outcome.ok) router.refresh();
        resolve(outcome);
      });
    });
  return { run, pending, result };
}

"use client";

import type { z } from "zod";
import { ActionMessage } from "@/components/dashboard/action-message";
import { Field, inputClassName } from "@/components/dashboard/field";
import { useActionForm } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { addOrderNoteSchema } from "@/lib/orders/manage/detail-schemas";
import { useClientSettings } from "@/components/settings/client-settings";

type Values = z.input<typeof addOrderNoteSchema>;

/** Adds an internal note; the same schema checks it here and on the server. */
export function NoteForm({
  orgId,
  eventId,
  orderId,
  action,
}: {
  orgId: string;
  eventId: string;
  orderId: string;
  action: (input: Values) => Promise<ActionResult<{ noteId: string }>>;
}) {
  const { limits } = useClientSettings();
  const defaultValues = { orgId, eventId, orderId, body: "" };
  const { form, onSubmit, result, pending } = useActionForm({
    schema: addOrderNoteSchema,
    action,
    defaultValues,
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ActionMessage result={result} />
      <Field
        id="order-note"
        label="Add a note"
        hint={`Internal: never shown to the attendee. Up to ${limits.orderNoteMaxLength} characters.`}
        error={form.formState.errors.body?.message}
      >
        {(aria) => (
          <textarea
            {...aria}
            {...form.register("body")}
            rows={3}
            maxLength={limits.orderNoteMaxLength}
            className={inputClassName}
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} className="border-blue-700 text-blue-900">
        {pending ? "Adding…" : "Add note"}
      </Button>
    </form>
  );
}

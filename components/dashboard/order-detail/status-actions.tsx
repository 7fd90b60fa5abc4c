"use client";

import { useId, useState } from "react";
import type { OrderStatus } from "@/db/schema/orders";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { inputClassName } from "@/components/dashboard/field";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";
import { useClientSettings } from "@/components/settings/client-settings";

export type ChangeOrderStatus = (input: {
  orgId: string;
  eventId: string;
  orderId: string;
  to: OrderStatus;
  note?: string;
}) => Promise<ActionResult<{ orderId: string; status: OrderStatus }>>;

/**
 * The legal next statuses (the server's state machine chose them) as buttons, with an optional note kept in
 * the history. Cancelling asks first: it returns the stock and emails the attendee.
 */
export function StatusActions({
  orgId,
  eventId,
  orderId,
  reference,
  next,
  action,
}: {
  orgId: string;
  eventId: string;
  orderId: string;
  reference: string;
  next: { status: OrderStatus; label: string }[];
  action: ChangeOrderStatus;
}) {
  const { limits } = useClientSettings();
  const { run, pending, result } = useAction(action);
  const [note, setNote] = useState("");
  const noteId = useId();
  const hintId = useId();
  const noteError = result && !result.ok ? result.fieldErrors.note?.join(" ") : undefined;
  const change = (to: OrderStatus) =>
    run({ orgId, eventId, orderId, to, note: note.trim() || undefined }).then((r) => {
      if (r.ok) setNote("");
    });

  return (
    <section aria-labelledby={`${noteId}-title`} className="space-y-3">
      <h2 id={`${noteId}-title`} className="text-lg font-bold text-slate-900">
        Change status
      </h2>
      <ActionMessage result={result} />
      {next.length === 0 ? (
        <p className="text-sm text-slate-600">This order is final: its status can no longer change.</p>
      ) : (
        <>
          <div className="space-y-1">
            <label htmlFor={noteId} className="block text-sm font-semibold text-slate-900">
              Note for the history (optional)
            </label>
            <p id={hintId} className="text-sm text-slate-600">
              Seen by the team only. The attendee is emailed the new status.
            </p>
            <textarea
              id={noteId}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={limits.orderNoteMaxLength}
              rows={2}
              aria-describedby={hintId}
              aria-invalid={noteError ? true : undefined}
              className={inputClassName}
            />
            {noteError ? <p className="text-sm font-medium text-red-700">{noteError}</p> : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {next.map(({ status, label }) =>
              status === "cancelled" ? (
                <ConfirmButton
                  key={status}
                  label="Cancel order"
                  title={`Cancel order ${reference}?`}
                  body="The stock goes back on sale and the attendee is emailed. A cancelled order cannot be reopened."
                  confirmLabel="Cancel order"
                  pending={pending}
                  onConfirm={() => void change(status)}
                />
              ) : (
                <Button
                  key={status}
                  variant="secondary"
                  disabled={pending}
                  onClick={() => void change(status)}
                  className="border-blue-700 text-blue-900"
                >
                  {`Mark ${label.toLowerCase()}`}
                </Button>
              ),
            )}
          </div>
          {pending ? (
            <p className="text-sm text-slate-600" aria-live="polite">
              Saving…
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

"use client";

import { useId, useState } from "react";
import type { OrderStatus } from "@/db/schema/orders";
import { ActionMessage } from "@/components/dashboard/action-message";
import { ConfirmButton } from "@/components/dashboard/confirm-button";
import { useAction } from "@/components/dashboard/use-action-form";
import { inputClassName } from "@/components/dashboard/field";
import type { ActionResult } from "@/lib/validation/action-result";
import { useClientSettings } from "@/components/settings/client-settings";
import { canTransition, nextStatuses } from "@/lib/orders/state-machine";
import { orderStatuses } from "@/lib/format/order-status-labels";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";

export type BulkChangeResult = { changed: number; skipped: { orderId: string; reason: string }[] };
export type BulkChangeOrderStatus = (input: {
  orgId: string;
  eventId: string;
  orderIds: string[];
  to: OrderStatus;
  note?: string;
}) => Promise<ActionResult<BulkChangeResult>>;

/**
 * The selected rows' status change. Only statuses at least one selected order may move to are offered
 * (the state machine decides); the server checks each order again and reports the ones it skipped.
 */
export function BulkStatusBar({
  orgId,
  eventId,
  selected,
  references,
  action,
  onDone,
}: {
  orgId: string;
  eventId: string;
  selected: { id: string; status: OrderStatus }[];
  references: Map<string, string>;
  action: BulkChangeOrderStatus;
  onDone: () => void;
}) {
  const { limits } = useClientSettings();
  const id = useId();
  const { run, pending, result } = useAction(action);
  const targets = orderStatuses
    .map((s) => s.status)
    .filter((to) => selected.some((order) => nextStatuses(order.status).includes(to)));
  const [chosen, setChosen] = useState<OrderStatus | "">("");
  const [note, setNote] = useState("");
  const to = chosen !== "" && targets.includes(chosen) ? chosen : "";
  const movable = to === "" ? 0 : selected.filter((order) => canTransition(order.status, to)).length;
  const tooMany = selected.length > limits.bulkStatusChangeMax;

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-2xl border border-blue-200 bg-blue-50 p-4"
      data-testid="bulk-status-bar"
    >
      <h3 id={`${id}-title`} className="font-semibold text-slate-900">
        {selected.length === 0
          ? "Select orders to change their status together"
          : `${selected.length} ${selected.length === 1 ? "order" : "orders"} selected`}
      </h3>
      {selected.length > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-to`} className="block text-sm font-semibold text-slate-900">
              New status
            </label>
            <select
              id={`${id}-to`}
              value={to}
              onChange={(e) => setChosen(e.target.value as OrderStatus | "")}
              className={inputClassName}
            >
              <option value="">Choose a status…</option>
              {targets.map((status) => (
                <option key={status} value={status}>
                  {teamStatusLabel(status)}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-56 flex-1 space-y-1">
            <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-slate-900">
              Note for the history (optional)
            </label>
            <input
              id={`${id}-note`}
              value={note}
              maxLength={limits.orderNoteMaxLength}
              onChange={(e) => setNote(e.target.value)}
              className={inputClassName}
            />
          </div>
          <ConfirmButton
            label={pending ? "Changing…" : "Change status"}
            variant={to === "cancelled" ? "danger" : "primary"}
            pending={pending || to === "" || tooMany}
            title={to === "" ? "Change status" : `Change to “${teamStatusLabel(to)}”?`}
            body={
              <p>
                {movable} of {selected.length} selected {selected.length === 1 ? "order" : "orders"} can move
                to “{to === "" ? "" : teamStatusLabel(to)}”; the others are skipped. Each attendee is emailed
                about the change{to === "cancelled" ? " and their stock is returned" : ""}.
              </p>
            }
            confirmLabel={to === "cancelled" ? "Cancel these orders" : "Change status"}
            onConfirm={() => {
              if (to === "") return;
              void run({
                orgId,
                eventId,
                orderIds: selected.map((o) => o.id),
                to,
                ...(note.trim() ? { note: note.trim() } : {}),
              }).then((outcome) => {
                if (outcome.ok) {
                  setNote("");
                  setChosen("");
                  onDone();
                }
              });
            }}
          />
        </div>
      ) : null}
      {tooMany ? (
        <p className="text-sm font-medium text-red-700">
          At most {limits.bulkStatusChangeMax} orders can be changed at once.
        </p>
      ) : null}
      <ActionMessage result={result} />
      {result?.ok && result.data.skipped.length > 0 ? (
        <details className="text-sm text-slate-800">
          <summary className="cursor-pointer font-semibold">
            {result.data.skipped.length} skipped — why
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {result.data.skipped.map((s) => (
              <li key={s.orderId}>
                <span className="font-mono">{references.get(s.orderId) ?? s.orderId}</span>: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

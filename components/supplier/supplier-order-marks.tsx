"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/dashboard/action-message";
import { inputClassName } from "@/components/dashboard/field";
import { useAction } from "@/components/dashboard/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

type Input = {
  token: string;
  orderId: string;
  to: "shipped" | "ready_for_pickup";
  trackingNumber: string;
  carrier: string;
};

/** The supplier's two marks for one order: shipped (tracking optional) or ready for pickup. */
export function SupplierOrderMarks({
  token,
  orderId,
  reference,
  markable,
  action,
}: {
  token: string;
  orderId: string;
  reference: string;
  /** Still open to a mark; kept mounted either way so the result of the last mark stays visible. */
  markable: boolean;
  action: (input: Input) => Promise<ActionResult<unknown>>;
}) {
  const [trackingNumber, setTracking] = useState("");
  const [carrier, setCarrier] = useState("");
  const { run, pending, result } = useAction(action);
  const mark = (to: Input["to"]) => void run({ token, orderId, to, trackingNumber, carrier });
  if (!markable) return <ActionMessage result={result} />;
  return (
    <div className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-semibold">
          {`Carrier for ${reference} (optional)`}
          <input value={carrier} onChange={(e) => setCarrier(e.target.value)} className={inputClassName} />
        </label>
        <label className="text-sm font-semibold">
          {`Tracking number for ${reference} (optional)`}
          <input
            value={trackingNumber}
            onChange={(e) => setTracking(e.target.value)}
            className={inputClassName}
          />
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => mark("shipped")}>
          {`Mark ${reference} shipped`}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => mark("ready_for_pickup")}>
          {`Mark ${reference} ready for pickup`}
        </Button>
      </div>
      <ActionMessage result={result} />
    </div>
  );
}

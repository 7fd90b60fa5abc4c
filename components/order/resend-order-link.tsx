"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

/** What the order-link server action answers; "idle" before the first request. */
export type OrderLinkState = { status: "idle" | "sent" | "error"; message: string };

/** The server action bound to the event (`requestOrderLinkAction.bind(null, slug)`). */
export type OrderLinkAction = (state: OrderLinkState, formData: FormData) => Promise<OrderLinkState>;

const IDLE: OrderLinkState = { status: "idle", message: "" };

/**
 * "Email me the link to my order", offered when an order already exists for the address the attendee typed
 * (issue 8). The link goes by email only, never onto this page: whoever types an address here must not learn
 * anything about that address's orders.
 *
 * It is a <form> of its own, posting the address in a hidden field, so it works before hydration too; forms
 * cannot nest, so render it outside the order form's <form> (just before or after it), never inside.
 */
export function ResendOrderLink({ action, email }: { action: OrderLinkAction; email: string }) {
  // Keyed by the address: after the attendee corrects it, the previous answer is not shown for the new one.
  return <ResendOrderLinkForm key={email} action={action} email={email} />;
}

function ResendOrderLinkForm({ action, email }: { action: OrderLinkAction; email: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = useId();
  return (
    <form
      action={formAction}
      aria-labelledby={`${id}-title`}
      data-testid="resend-order-link"
      className="rounded-xl border-2 border-slate-300 bg-white px-4 py-3 text-slate-900"
    >
      <p id={`${id}-title`} className="font-semibold">
        Lost the link to your order?
      </p>
      <p className="mt-1 text-slate-700">
        We can email the private link to your order to <span className="break-all">{email}</span>.
      </p>
      <input type="hidden" name="email" value={email} />
      <Button
        type="submit"
        variant="secondary"
        className="mt-3 w-full"
        // aria-disabled rather than disabled: a disabled button drops keyboard focus mid-request.
        aria-disabled={pending}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        {pending ? "Sending…" : "Email me the link to my order"}
      </Button>
      {/* Always rendered (empty at first) so screen readers announce the answer when it arrives. */}
      <p
        role="status"
        aria-live="polite"
        data-testid="resend-order-link-result"
        className={cx(
          "font-medium",
          state.message && "mt-3",
          state.status === "error" ? "text-red-800" : "text-green-900",
        )}
      >
        {state.message}
      </p>
    </form>
  );
}

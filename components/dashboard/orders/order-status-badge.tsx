import type { OrderStatus } from "@/db/schema/orders";
import { cx } from "@/components/ui/cx";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";

/** Text colours are AA on their tints; the word carries the meaning, the colour only repeats it. */
const tones: Record<OrderStatus, string> = {
  placed: "border-sky-300 bg-sky-50 text-sky-950",
  confirmed: "border-blue-300 bg-blue-50 text-blue-950",
  sent_to_supplier: "border-violet-300 bg-violet-50 text-violet-950",
  shipped: "border-amber-300 bg-amber-50 text-amber-950",
  ready_for_pickup: "border-amber-300 bg-amber-50 text-amber-950",
  delivered: "border-green-300 bg-green-50 text-green-950",
  collected: "border-green-300 bg-green-50 text-green-950",
  cancelled: "border-slate-300 bg-slate-100 text-slate-800",
};

export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  return (
    <span
      className={cx(
        "inline-flex items-center whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold",
        tones[status],
        className,
      )}
      data-testid="order-status"
    >
      {teamStatusLabel(status)}
    </span>
  );
}

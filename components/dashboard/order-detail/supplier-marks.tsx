import { formatShortDateTime } from "@/lib/format/date-time";
import type { OrderDetail } from "@/lib/orders/manage/order-detail";

const markWords = { shipped: "Shipped", ready_for_pickup: "Ready for pick-up" } as const;

/**
 * Each line a supplier received and that supplier's own mark (ADR 033): when suppliers marked differently the
 * order waits for the organisers, who decide its status from this list.
 */
export function SupplierMarks({
  marks,
  timeZone,
}: {
  marks: OrderDetail["supplierMarks"];
  timeZone: string;
}) {
  return (
    <ul className="space-y-2 text-sm" data-testid="supplier-marks">
      {marks.map((m, i) => (
        <li key={i} className="flex flex-wrap justify-between gap-x-4 border-b border-slate-100 pb-2">
          <span>
            <span className="font-semibold text-slate-900">{m.supplierName}</span>
            {` · ${m.quantity} × ${m.itemName} (${m.variantLabel})`}
          </span>
          <span className="text-slate-700">
            {m.mark ? (
              <>
                {markWords[m.mark]}
                {m.tracking ? ` · ${m.tracking}` : ""}
                {m.markedAt ? (
                  <>
                    {" · "}
                    <time dateTime={m.markedAt.toISOString()}>
                      {formatShortDateTime(m.markedAt, timeZone)}
                    </time>
                  </>
                ) : null}
              </>
            ) : (
              "Not marked yet"
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

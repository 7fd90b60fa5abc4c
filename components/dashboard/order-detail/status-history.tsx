import { formatShortDateTime } from "@/lib/format/date-time";
import type { OrderDetail } from "@/lib/orders/manage/order-detail";

/** Every status change, oldest first: from → to, when (event time zone), who, and the note when shown. */
export function StatusHistory({ history, timeZone }: { history: OrderDetail["history"]; timeZone: string }) {
  return (
    <ol className="space-y-3" data-testid="status-history">
      {history.map((h, i) => (
        <li key={i} className="border-l-4 border-slate-200 pl-3">
          <p className="font-semibold text-slate-900">
            {h.fromStatus === h.toStatus ? (
              // A supplier marked its part; the order's status stayed (ADR 033).
              `${h.toLabel} (unchanged: part marked)`
            ) : h.fromLabel ? (
              <>
                {h.fromLabel} <span aria-hidden="true">→</span>
                <span className="sr-only">to</span> {h.toLabel}
              </>
            ) : (
              h.toLabel
            )}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={h.at.toISOString()}>{formatShortDateTime(h.at, timeZone)}</time> · by{" "}
            {h.by === "attendee" ? "the attendee" : h.by === "system" ? "the system" : h.by}
          </p>
          {h.note ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{h.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

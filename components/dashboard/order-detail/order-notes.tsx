import { formatShortDateTime } from "@/lib/format/date-time";
import type { OrderDetail } from "@/lib/orders/manage/order-detail";

/** Internal notes, newest first. */
export function OrderNotes({
  notes,
  timeZone,
}: {
  notes: NonNullable<OrderDetail["notes"]>;
  timeZone: string;
}) {
  if (notes.length === 0) return <p className="text-sm text-slate-600">No notes yet.</p>;
  return (
    <ul className="space-y-3" data-testid="order-notes">
      {notes.map((n) => (
        <li key={n.id} className="rounded-lg bg-slate-50 p-3">
          <p className="whitespace-pre-line break-words text-slate-900">{n.body}</p>
          <p className="mt-1 text-sm text-slate-600">
            {n.author} · <time dateTime={n.at.toISOString()}>{formatShortDateTime(n.at, timeZone)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

import { cx } from "@/components/ui/cx";
import { eventStatusLabel, type EventStatus } from "@/lib/events/manage/status-machine";

/** Text colours are AA on their tints; the word carries the meaning, the colour only repeats it. */
const tones: Record<EventStatus, string> = {
  draft: "border-slate-300 bg-slate-100 text-slate-800",
  published: "border-green-300 bg-green-50 text-green-900",
  closed: "border-amber-300 bg-amber-50 text-amber-900",
  archived: "border-slate-300 bg-white text-slate-600",
};

export function EventStatusBadge({ status, className }: { status: EventStatus; className?: string }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold",
        tones[status],
        className,
      )}
      data-testid="event-status"
    >
      {eventStatusLabel(status)}
    </span>
  );
}

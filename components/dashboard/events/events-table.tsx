import Link from "next/link";
import type { EventSummary } from "@/lib/events/manage/queries";
import { formatEventDates } from "@/lib/format/date-time";
import { EventStatusBadge } from "./event-status-badge";

const number = new Intl.NumberFormat("en-GB");

/** The organisation's events with their key numbers; each name opens the event's overview. */
export function EventsTable({ orgId, events }: { orgId: string; events: EventSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="events-table">
        <caption className="sr-only">Events and their key numbers</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Event
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Dates
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Orders
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Items
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Units left
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {events.map((event) => (
            <tr key={event.id} className={event.status === "archived" ? "text-slate-600" : undefined}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link
                  href={`/dashboard/${orgId}/events/${event.id}`}
                  className="font-semibold text-blue-800 underline-offset-2 hover:underline"
                >
                  {event.name}
                </Link>
                <span className="block font-mono text-xs text-slate-600">{event.slug}</span>
              </th>
              <td className="px-4 py-3">
                <EventStatusBadge status={event.status} />
              </td>
              <td className="px-4 py-3">
                {formatEventDates(event.startsAt, event.endsAt, event.timeZone) ?? (
                  <span className="text-slate-600">Not set</span>
                )}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{number.format(event.orders)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{number.format(event.items)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{number.format(event.unitsLeft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

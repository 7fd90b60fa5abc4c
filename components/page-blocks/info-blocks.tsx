import { SanitisedProse } from "@/components/landing/prose";
import { renderMarkdown } from "@/lib/events/markdown";
import type { ContentBlock } from "@/lib/pages/page-document";
import { BlockHeading } from "./block-heading";
import { formatCalendarDate } from "@/lib/format/date-time";

type FaqProps = Extract<ContentBlock, { type: "Faq" }>["props"];
type ScheduleProps = Extract<ContentBlock, { type: "Schedule" }>["props"];
type LocationProps = Extract<ContentBlock, { type: "Location" }>["props"];

/** Questions as native <details>: they open and close without any JavaScript, and with the keyboard. */
export function FaqBlock({ props }: { props: FaqProps }) {
  if (props.entries.length === 0) return null;
  return (
    <section aria-labelledby={`${props.id}-heading`} className="max-w-3xl space-y-4">
      <BlockHeading id={`${props.id}-heading`} text={props.heading} />
      <div className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
        {props.entries.map((entry, index) => (
          <details key={index} className="group px-4">
            <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 py-3 font-semibold marker:content-none">
              {entry.question}
              <span aria-hidden className="text-xl text-slate-500 transition group-open:rotate-45">
                +
              </span>
            </summary>
            <SanitisedProse html={renderMarkdown(entry.answer)} className="pb-4" />
          </details>
        ))}
      </div>
    </section>
  );
}

/** Key dates as a list with real <time> elements; the dates are the event's local calendar dates. */
export function ScheduleBlock({ props }: { props: ScheduleProps }) {
  if (props.entries.length === 0) return null;
  return (
    <section aria-labelledby={`${props.id}-heading`} className="max-w-3xl space-y-4">
      <BlockHeading id={`${props.id}-heading`} text={props.heading} />
      <ol className="space-y-3">
        {props.entries.map((entry, index) => (
          <li key={index} className="flex gap-4 rounded-2xl border border-slate-200 bg-white p-4">
            <time
              dateTime={entry.time ? `${entry.date}T${entry.time}` : entry.date}
              className="w-28 shrink-0 font-semibold text-(--brand-text)"
            >
              {formatCalendarDate(entry.date, { month: "short", weekday: true, year: false })}
              {entry.time ? <span className="block text-slate-700">{entry.time}</span> : null}
            </time>
            <div>
              <p className="font-semibold">{entry.label}</p>
              {entry.detail ? <p className="text-slate-700">{entry.detail}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The venue, its address, and a link that opens the address in the phone's map app. */
export function LocationBlock({ props }: { props: LocationProps }) {
  const query = props.mapQuery || `${props.venue}, ${props.address.replace(/\s+/g, " ")}`;
  const mapUrl = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
  return (
    <section aria-labelledby={`${props.id}-heading`} className="max-w-3xl space-y-3">
      <BlockHeading id={`${props.id}-heading`} text={props.heading} />
      <address className="not-italic">
        <p className="font-semibold">{props.venue}</p>
        <p className="whitespace-pre-line text-slate-700">{props.address}</p>
      </address>
      <a
        href={mapUrl}
        className="inline-flex min-h-11 items-center font-semibold text-(--brand-text) underline underline-offset-4"
        rel="noopener noreferrer"
        target="_blank"
      >
        Open in a map app<span className="sr-only"> (opens in a new tab)</span>
      </a>
      {props.directions ? <SanitisedProse html={renderMarkdown(props.directions)} /> : null}
    </section>
  );
}

import type { Metadata } from "next";
import { SectionCard } from "@/components/dashboard/section-card";
import { inputClassName } from "@/components/dashboard/field";
import { EraseConfirm } from "@/components/dashboard/privacy/erase-confirm";
import { Button, LinkButton } from "@/components/ui/button";
import { eraseByEmailAction, eraseEventNowAction } from "./actions";
import { loadPrivacy } from "./loaders";

export const metadata: Metadata = { title: "Privacy" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The owner's privacy page (issue 13): answer an attendee's request by email (export, erase across every event)
 * and erase an event's personal data now. It shows counts only, never the orders' data.
 */
export default async function PrivacyPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgId } = await params;
  const query = await searchParams;
  const rawEmail = Array.isArray(query.email) ? query.email[0] : query.email;
  const { events, lookup } = await loadPrivacy({ orgId, email: rawEmail });
  const found = lookup?.ok ? lookup.perEvent : [];
  const toErase = found.reduce((sum, e) => sum + e.orders - e.erased, 0);
  const total = found.reduce((sum, e) => sum + e.orders, 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Privacy</h1>
        <p className="mt-1 text-slate-700">
          Answer an attendee&apos;s request for their data or its erasure, and erase an event&apos;s personal
          data before its retention period ends. Erasure cannot be undone; every export and erasure is in the
          audit log.
        </p>
      </div>

      <SectionCard
        id="by-email"
        title="An attendee's request"
        description="Find an attendee's orders across all your events by their email address."
      >
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="grow">
            <label htmlFor="privacy-email" className="block font-semibold text-slate-900">
              Email address
            </label>
            <input
              id="privacy-email"
              name="email"
              type="email"
              defaultValue={rawEmail ?? ""}
              autoComplete="off"
              className={inputClassName}
              aria-describedby={lookup && !lookup.ok ? "privacy-email-error" : undefined}
              aria-invalid={lookup && !lookup.ok ? true : undefined}
            />
          </div>
          <Button type="submit" variant="secondary">
            Find orders
          </Button>
        </form>
        {lookup && !lookup.ok ? (
          <p id="privacy-email-error" className="mt-2 font-semibold text-red-700">
            {lookup.message}
          </p>
        ) : null}
        {lookup?.ok ? (
          <div className="mt-4 space-y-3" data-testid="privacy-lookup">
            {found.length === 0 ? (
              <p className="text-slate-700">No orders with that address in this organisation.</p>
            ) : (
              <>
                <p className="text-slate-700">
                  {plural(total, "order")} in {plural(found.length, "event")}
                  {total > toErase ? `, ${total - toErase} already erased` : ""}.
                </p>
                <ul className="list-disc pl-6 text-slate-700">
                  {found.map((e) => (
                    <li key={e.eventId}>
                      {e.eventName}: {plural(e.orders, "order")}
                      {e.erased > 0 ? ` (${e.erased} erased)` : ""}
                    </li>
                  ))}
                </ul>
                <div className="flex flex-wrap items-start gap-3">
                  <LinkButton
                    variant="secondary"
                    href={`/dashboard/${orgId}/privacy/export?${new URLSearchParams({ email: lookup.email })}`}
                    download
                  >
                    Download their data (JSON)
                  </LinkButton>
                  <EraseConfirm
                    input={{ orgId, email: lookup.email }}
                    action={eraseByEmailAction}
                    disabled={toErase === 0}
                    label={`Erase ${plural(toErase, "order")}`}
                    title={`Erase the personal data of ${plural(toErase, "order")}?`}
                    body={`The name, email address and personal answers of ${plural(toErase, "order")} in ${plural(found.length, "event")} are erased for good. Items, totals and statuses stay.`}
                    confirmLabel="Erase personal data"
                  />
                </div>
              </>
            )}
          </div>
        ) : null}
      </SectionCard>

      <SectionCard
        id="events"
        title="Erase an event's personal data now"
        description="Events are erased automatically when their retention period ends; erase one earlier here."
      >
        {events.length === 0 ? (
          <p className="text-slate-700">No events yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {events.map((e) => {
              const left = e.orders - e.erased;
              return (
                <li key={e.eventId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <span className="text-slate-900">
                    <span className="font-semibold">{e.eventName}</span>: {plural(e.orders, "order")}
                    {e.erased > 0 ? `, ${e.erased} erased` : ""}
                  </span>
                  <EraseConfirm
                    input={{ orgId, eventId: e.eventId }}
                    action={eraseEventNowAction}
                    disabled={left === 0}
                    label={`Erase ${e.eventName} now`}
                    title={`Erase the personal data of ${plural(left, "order")} of ${e.eventName}?`}
                    body="Names, email addresses and personal answers are erased for good; attendees' links show that their data was erased. Items, totals and statuses stay."
                    confirmLabel="Erase personal data"
                  />
                </li>
              );
            })}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}

import type { Metadata } from "next";
import { EventsTable } from "@/components/dashboard/events/events-table";
import { buttonClassName } from "@/components/ui/button";
import Link from "next/link";
import { loadEventList } from "./events/loaders";
import { loadOrgShell } from "./loaders";

export const metadata: Metadata = { title: "Events" };

/** The organisation home: its events with their key numbers, or a way to create the first one. */
export default async function OrgHomePage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const [shell, list] = await Promise.all([loadOrgShell({ orgId }), loadEventList({ orgId })]);
  const newHref = `/dashboard/${orgId}/events/new`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-slate-600">{shell.org.name}</p>
          <h1 className="text-2xl font-bold text-slate-900">Events</h1>
        </div>
        {list.canManage && list.events.length > 0 ? (
          <Link href={newHref} className={buttonClassName()}>
            New event
          </Link>
        ) : null}
      </div>
      {list.events.length > 0 ? (
        <EventsTable orgId={orgId} events={list.events} />
      ) : (
        <section
          aria-labelledby="no-events"
          className="rounded-2xl border-2 border-dashed border-slate-300 bg-white p-10 text-center"
          data-testid="events-empty"
        >
          <h2 id="no-events" className="text-lg font-bold text-slate-900">
            No events yet
          </h2>
          <p className="mx-auto mt-2 max-w-md text-slate-700">
            Each event gets its own shop on its own address, with items, stock and an order form.
          </p>
          {list.canManage ? (
            <Link href={newHref} className={buttonClassName({ className: "mt-5" })}>
              Create your first event
            </Link>
          ) : (
            <p className="mt-4 text-slate-700">
              Ask an owner or an organiser of {shell.org.name} to create one.
            </p>
          )}
        </section>
      )}
    </div>
  );
}

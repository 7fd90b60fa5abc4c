import Link from "next/link";
import { EventStatusBadge } from "@/components/dashboard/events/event-status-badge";
import { EventTabs } from "@/components/dashboard/events/event-tabs";
import { MaintenanceBanner } from "@/components/dashboard/events/maintenance-banner";
import { formatEventDates } from "@/lib/format/date-time";
import { loadEventHeader } from "../loaders";
import { loadEventMaintenance } from "./settings/loaders";

/** Every event page: its name, status, the shop's address and the tabs. */
export default async function EventLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const [{ event, can, failedSupplierEmails }, maintenance] = await Promise.all([
    loadEventHeader({ orgId, eventId }),
    loadEventMaintenance({ orgId, eventId }),
  ]);
  const base = `/dashboard/${orgId}/events/${eventId}`;
  const isPublic = event.status === "published" || event.status === "closed";
  const dates = formatEventDates(event.startsAt, event.endsAt, event.timeZone);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Link
          href={`/dashboard/${orgId}`}
          className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
        >
          ← Events
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-slate-900" data-testid="event-name">
            {event.name}
          </h1>
          <EventStatusBadge status={event.status} />
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {dates ? <span>{dates}</span> : null}
          {isPublic ? (
            <a
              href={event.shopUrl}
              target="_blank"
              rel="noopener"
              className="font-semibold text-blue-800 underline underline-offset-2"
              data-testid="shop-link"
            >
              Open the shop: {event.shopUrl.replace(/\/$/, "")}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>
              Shop address: <span className="font-mono">{event.shopUrl.replace(/\/$/, "")}</span>
              {event.status === "draft" ? " (public once published)" : " (offline)"}
            </span>
          )}
        </p>
        <EventTabs
          base={base}
          showOrders={can.viewOrders}
          showSuppliers={can.manageSuppliers}
          showDesk={can.collect}
          deskOnly={can.deskOnly}
          failedSupplierEmails={failedSupplierEmails}
        />
        <MaintenanceBanner maintenance={maintenance.effective} />
      </header>
      {children}
    </div>
  );
}

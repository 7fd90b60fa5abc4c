import type { Metadata } from "next";
import { DeskPanel } from "@/components/dashboard/desk/desk-panel";
import { collectDeskOrder, findDeskOrder, searchDeskOrders } from "./actions";
import { loadDesk } from "./loaders";

export const metadata: Metadata = { title: "Collection desk" };

/** The collection desk (issue 12): built for a phone held by event staff. */
export default async function DeskPage({ params }: { params: Promise<{ orgId: string; eventId: string }> }) {
  const { orgId, eventId } = await params;
  const { event } = await loadDesk({ orgId, eventId });
  return (
    <div className="space-y-4" data-testid="desk">
      <h2 className="text-xl font-bold text-slate-900">Collection desk</h2>
      <DeskPanel
        orgId={orgId}
        eventId={event.id}
        prefix={event.referencePrefix}
        actions={{ find: findDeskOrder, search: searchDeskOrders, collect: collectDeskOrder }}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateItemForm } from "@/components/dashboard/items/item-form";
import { createItemAction } from "../actions";
import { loadItems } from "../loaders";

export const metadata: Metadata = { title: "Add item" };

export default async function NewItemPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const { event, canManage } = await loadItems({ orgId, eventId });
  if (!canManage) notFound();
  return (
    <section aria-labelledby="new-item-heading" className="space-y-5">
      <Link
        href={`/dashboard/${orgId}/events/${eventId}/items`}
        className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
      >
        ← Items
      </Link>
      <h2 id="new-item-heading" className="text-xl font-bold text-slate-900">
        Add an item
      </h2>
      <CreateItemForm ids={{ orgId, eventId }} currency={event.currency} action={createItemAction} />
    </section>
  );
}

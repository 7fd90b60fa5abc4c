import type { Metadata } from "next";
import Link from "next/link";
import { SupplierForm } from "@/components/dashboard/suppliers/supplier-form";
import { createSupplierAction } from "../actions";
import { loadSuppliers } from "../loaders";

export const metadata: Metadata = { title: "Add supplier" };

export default async function NewSupplierPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await loadSuppliers({ orgId, page: 1 }); // authorises the page: managers only
  return (
    <section aria-labelledby="new-supplier-heading" className="space-y-6">
      <Link
        href={`/dashboard/${orgId}/suppliers`}
        className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
      >
        ← Suppliers
      </Link>
      <h1 id="new-supplier-heading" className="text-2xl font-bold text-slate-900">
        Add supplier
      </h1>
      <SupplierForm
        orgId={orgId}
        defaults={{
          name: "",
          emails: "",
          note: "",
          dispatchMode: "immediate",
          batchSchedule: "window_close",
          dailyAt: "",
        }}
        action={createSupplierAction}
      />
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DeleteSupplierButton } from "@/components/dashboard/suppliers/delete-supplier-button";
import { SupplierForm } from "@/components/dashboard/suppliers/supplier-form";
import { deleteSupplierAction, updateSupplierAction } from "../actions";
import { loadSupplier } from "../loaders";

export const metadata: Metadata = { title: "Supplier" };

export default async function SupplierPage({
  params,
}: {
  params: Promise<{ orgId: string; supplierId: string }>;
}) {
  const { orgId, supplierId } = await params;
  const { supplier } = await loadSupplier({ orgId, supplierId });
  return (
    <section aria-labelledby="supplier-heading" className="space-y-6">
      <Link
        href={`/dashboard/${orgId}/suppliers`}
        className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
      >
        ← Suppliers
      </Link>
      <h1 id="supplier-heading" className="text-2xl font-bold text-slate-900">
        {supplier.name}
      </h1>
      <SupplierForm
        orgId={orgId}
        supplierId={supplier.id}
        defaults={{
          name: supplier.name,
          emails: supplier.emails.join(", "),
          note: supplier.note,
          dispatchMode: supplier.dispatchMode,
          batchSchedule: supplier.batchSchedule,
          dailyAt: supplier.dailyAt ?? "",
        }}
        action={updateSupplierAction}
      />
      <DeleteSupplierButton
        orgId={orgId}
        supplierId={supplier.id}
        name={supplier.name}
        action={deleteSupplierAction}
      />
    </section>
  );
}

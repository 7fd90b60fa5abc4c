import type { Metadata } from "next";
import Link from "next/link";
import { loadSuppliers } from "./loaders";

export const metadata: Metadata = { title: "Suppliers" };

const modeLabel = { immediate: "Immediate", batch: "Batch" } as const;
const scheduleLabel = { window_close: "at window close", daily: "daily", manual: "on demand" } as const;

export default async function SuppliersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { orgId } = await params;
  const { page } = await searchParams;
  const list = await loadSuppliers({ orgId, page: page ?? "1" });
  const base = `/dashboard/${orgId}/suppliers`;
  return (
    <section aria-labelledby="suppliers-heading" className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="suppliers-heading" className="text-2xl font-bold text-slate-900">
          Suppliers
        </h1>
        <Link
          href={`${base}/new`}
          className="inline-flex min-h-11 items-center rounded-lg bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
        >
          Add supplier
        </Link>
      </div>
      {list.suppliers.length === 0 ? (
        <p className="text-slate-700">
          No suppliers yet. Add one, then choose its items on each event&apos;s Suppliers tab or an
          item&apos;s page.
        </p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Contact
              </th>
              <th scope="col" className="py-2 pr-4">
                Dispatch
              </th>
              <th scope="col" className="py-2 pr-4">
                Items
              </th>
            </tr>
          </thead>
          <tbody>
            {list.suppliers.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="py-2 pr-4">
                  <Link
                    href={`${base}/${s.id}`}
                    className="font-semibold text-blue-800 underline underline-offset-2"
                  >
                    {s.name}
                  </Link>
                </td>
                <td className="py-2 pr-4">{s.emails.join(", ")}</td>
                <td className="py-2 pr-4">
                  {modeLabel[s.dispatchMode]}
                  {s.dispatchMode === "batch"
                    ? ` ${scheduleLabel[s.batchSchedule]}${s.batchSchedule === "daily" && s.dailyAt ? ` at ${s.dailyAt}` : ""}`
                    : ""}
                </td>
                <td className="py-2 pr-4">{s.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {list.page > 1 ? <Link href={`${base}?page=${list.page - 1}`}>← Previous</Link> : null}
          <span>
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount ? <Link href={`${base}?page=${list.page + 1}`}>Next →</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

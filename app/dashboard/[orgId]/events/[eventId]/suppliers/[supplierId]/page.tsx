import type { Metadata } from "next";
import Link from "next/link";
import { loadSupplierPreview } from "../loaders";

export const metadata: Metadata = { title: "Supplier preview" };

/** Exactly what the supplier would receive now, rendered by the outbox's own renderer. */
export default async function SupplierPreviewPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string; supplierId: string }>;
}) {
  const { orgId, eventId, supplierId } = await params;
  const { supplier, preview } = await loadSupplierPreview({ orgId, eventId, supplierId });
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <Link
        href={`/dashboard/${orgId}/events/${eventId}/suppliers`}
        className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline"
      >
        ← Suppliers
      </Link>
      <h2 id="preview-heading" className="text-xl font-bold text-slate-900">
        {`What ${supplier.name} receives`}
      </h2>
      {!preview.email ? (
        <p className="text-slate-700">
          {preview.kind === "batch"
            ? "No confirmed orders are waiting for this supplier: the next batch would be empty, so nothing would be sent."
            : "No confirmed order includes this supplier's items yet. Confirm one to see its email."}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {preview.kind === "batch"
              ? "The next batch, with the orders waiting now."
              : "The email of the latest order, as it was sent."}{" "}
            {`To: ${supplier.emails.join(", ")}`}
          </p>
          <p className="font-semibold" data-testid="preview-subject">
            {preview.email.subject}
          </p>
          <iframe
            title={`Email to ${supplier.name}`}
            srcDoc={preview.email.html}
            sandbox=""
            className="h-[560px] w-full rounded-lg border border-slate-200 bg-white"
          />
          <h3 className="text-sm font-semibold text-slate-700">Plain text</h3>
          <pre
            className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap"
            data-testid="preview-text"
          >
            {preview.email.text}
          </pre>
          {preview.csv ? (
            <>
              <h3 className="text-sm font-semibold text-slate-700">Attached CSV</h3>
              <pre
                className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
                data-testid="preview-csv"
              >
                {preview.csv.replace(/^\uFEFF/, "")}
              </pre>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

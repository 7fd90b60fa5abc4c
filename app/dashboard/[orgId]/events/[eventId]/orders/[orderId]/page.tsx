import type { Metadata } from "next";
import Link from "next/link";
import { SectionCard } from "@/components/dashboard/section-card";
import { NoteForm } from "@/components/dashboard/order-detail/note-form";
import { OrderLines } from "@/components/dashboard/order-detail/order-lines";
import { OrderNotes } from "@/components/dashboard/order-detail/order-notes";
import { StatusActions } from "@/components/dashboard/order-detail/status-actions";
import { OrderStatusBadge } from "@/components/dashboard/orders/order-status-badge";
import { StatusHistory } from "@/components/dashboard/order-detail/status-history";
import { SupplierMarks } from "@/components/dashboard/order-detail/supplier-marks";
import { Alert } from "@/components/ui/alert";
import { formatShortDateTime } from "@/lib/format/date-time";
import { addOrderNote, changeOrderStatus } from "../actions";
import { loadOrderDetail } from "./loaders";

export const metadata: Metadata = { title: "Order" };

const paymentWords = {
  not_required: "Nothing to pay",
  due_on_collection: "Due on collection",
  paid: "Paid",
  refunded: "Refunded",
} as const;

/** One order: who, what, the answers as submitted, its history, the team's notes and its next statuses. */
export default async function OrderDetailPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string; orderId: string }>;
}) {
  const { orgId, eventId, orderId } = await params;
  const { order, canManage, failedEmails } = await loadOrderDetail({ orgId, eventId, orderId });
  const tz = order.event.timeZone;
  const ordersHref = `/dashboard/${orgId}/events/${eventId}/orders`;

  return (
    <div className="space-y-6" data-testid="order-detail">
      <div>
        <Link href={ordersHref} className="text-sm font-semibold text-blue-800 underline underline-offset-2">
          <span aria-hidden="true">← </span>All orders of {order.event.name}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold tracking-wide text-slate-900">{order.reference}</h1>
          <OrderStatusBadge status={order.status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          Placed{" "}
          <time dateTime={order.createdAt.toISOString()}>{formatShortDateTime(order.createdAt, tz)}</time>
          {order.formVersion !== null ? ` · answered form version ${order.formVersion}` : ""}
        </p>
      </div>

      {order.masked ? (
        <Alert tone="info">
          Personal data is masked for your role, and internal notes are hidden because they may contain it.
        </Alert>
      ) : null}
      {order.erased ? (
        <Alert tone="warning">This attendee&apos;s personal data was erased. The order itself is kept.</Alert>
      ) : null}
      {failedEmails.map((f, i) => (
        <Alert key={i} tone="warning">
          <span data-testid="attendee-email-failed">{`Email to attendee (${f.email}) ${f.label}`}</span>
        </Alert>
      ))}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <SectionCard id="attendee" title="Attendee">
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold text-slate-700">Name</dt>
              <dd data-testid="attendee-name">{order.erased ? "—" : order.attendee.name}</dd>
              <dt className="font-semibold text-slate-700">Email</dt>
              <dd data-testid="attendee-email" className="break-all">
                {order.erased ? "—" : order.attendee.email}
              </dd>
              <dt className="font-semibold text-slate-700">Payment</dt>
              <dd>{paymentWords[order.paymentStatus]}</dd>
            </dl>
          </SectionCard>

          <SectionCard id="lines" title="Items">
            <OrderLines lines={order.lines} total={order.total} />
          </SectionCard>

          {order.supplierMarks.length > 0 ? (
            <SectionCard id="supplier-marks" title="Suppliers' marks">
              <SupplierMarks marks={order.supplierMarks} timeZone={tz} />
            </SectionCard>
          ) : null}

          <SectionCard
            id="answers"
            title="Answers"
            description={
              order.formVersion !== null
                ? `As submitted, labelled by form version ${order.formVersion} (the one the attendee filled in).`
                : undefined
            }
          >
            {order.answers.length === 0 ? (
              <p className="text-sm text-slate-600">No answers.</p>
            ) : (
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="order-answers">
                {order.answers.map((a) => (
                  <div key={a.key} className="contents">
                    <dt className="font-semibold text-slate-700">{a.label}</dt>
                    <dd className="whitespace-pre-line break-words">{a.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </SectionCard>
        </div>

        <div className="space-y-6">
          {canManage ? (
            <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
              <StatusActions
                orgId={orgId}
                eventId={eventId}
                orderId={order.id}
                reference={order.reference}
                next={order.nextStatuses}
                action={changeOrderStatus}
              />
            </div>
          ) : null}

          <SectionCard id="history" title="Status history">
            <StatusHistory history={order.history} timeZone={tz} />
          </SectionCard>

          {order.notes ? (
            <SectionCard id="notes" title="Internal notes" description="Seen by the team only.">
              <div className="space-y-4">
                {canManage ? (
                  <NoteForm orgId={orgId} eventId={eventId} orderId={order.id} action={addOrderNote} />
                ) : null}
                <OrderNotes notes={order.notes} timeZone={tz} />
              </div>
            </SectionCard>
          ) : null}
        </div>
      </div>
    </div>
  );
}

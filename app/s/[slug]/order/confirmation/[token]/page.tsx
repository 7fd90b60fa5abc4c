import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventShell } from "@/components/landing/event-shell";
import { orderPageBrand } from "@/components/order/order-branding";
import { OrderSummary } from "@/components/order/order-summary";
import { OrderQrCode } from "@/components/order/order-qr-code";
import { showsCollectionQr } from "@/lib/format/qr-code";
import { SuccessMark } from "@/components/order/success-mark";
import { ErasedNotice } from "@/components/order/erased-notice";
import { LinkButton } from "@/components/ui/button";
import { formatShortDateTime } from "@/lib/format/date-time";
import { loadPublicEvent } from "../../../load-public-event";
import { loadOrderByToken } from "../../../load-order";

/** Per request, never cached: current stock and window, or a private order behind a token. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; token: string }> };

/**
 * The URL carries the private order token: never indexed, never sent on as a referrer. The title names the
 * event, so the tab (and the browser history) says which shop the order belongs to.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const order = await loadOrderByToken(slug, token);
  const what = order?.status === "cancelled" ? "Order cancelled" : "Order confirmed";
  return {
    title: { absolute: order ? `${what} · ${order.event.name}` : what },
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Where a placed order lands. The token must belong to an order of this event (the subdomain): an order of
 * another event, or no order, is a 404, so one shop's host never shows another's order.
 */
export default async function ConfirmationPage({ params }: Props) {
  const { slug, token } = await params;
  const [order, publicEvent] = await Promise.all([loadOrderByToken(slug, token), loadPublicEvent(slug)]);
  if (!order) notFound();
  const { brand, logo } = orderPageBrand(publicEvent, order.branding);
  const cancelled = order.status === "cancelled";

  return (
    <EventShell brand={brand} eventName={order.event.name} logo={logo}>
      <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col items-center gap-3 text-center" data-testid="confirmation-status">
          {cancelled ? null : <SuccessMark />}
          <h1 className="text-3xl font-extrabold tracking-tight text-balance">Thank you for your order!</h1>
          {cancelled ? (
            <p className="font-semibold text-slate-900">This order has since been cancelled.</p>
          ) : (
            <p className="text-lg text-slate-700">Your order has been placed.</p>
          )}
        </div>

        <div className="rounded-2xl border-2 border-(--brand-text) bg-white p-5 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Your order reference</p>
          <p
            className="mt-1 font-mono text-4xl font-extrabold tracking-wider break-all text-(--brand-text)"
            data-testid="order-reference"
          >
            {order.reference}
          </p>
          <p className="mt-2 text-sm text-slate-700">Show this when you collect your order.</p>
          {showsCollectionQr(order.status) ? <OrderQrCode reference={order.reference} /> : null}
          <p className="mt-1 text-sm text-slate-700" data-testid="order-placed-at">
            Placed on{" "}
            <time dateTime={order.createdAt.toISOString()}>
              {formatShortDateTime(order.createdAt, order.event.timeZone)}
            </time>
          </p>
        </div>

        {order.erasedAt ? <ErasedNotice erasedAt={order.erasedAt} timeZone={order.event.timeZone} /> : null}

        <p data-testid="confirmation-email-notice" className="wrap-anywhere" hidden={order.erased}>
          A confirmation email is on its way to you
          {!order.erased && order.attendeeEmail ? (
            <>
              {" "}
              at <span className="font-semibold">{order.attendeeEmail}</span>
            </>
          ) : null}
          . It includes a private link to check or cancel your order.
        </p>

        <OrderSummary
          lines={order.lines}
          totalMinor={order.totalMinor}
          currency={order.currency}
          paymentStatus={order.paymentStatus}
          answers={order.answers}
        />

        {order.pickupInfo ? (
          <section aria-labelledby="pickup-heading">
            <h2 id="pickup-heading" className="text-xl font-bold">
              Pick-up
            </h2>
            <p className="mt-2 whitespace-pre-line wrap-anywhere">{order.pickupInfo}</p>
          </section>
        ) : null}

        <LinkButton href={`/my-order/${token}`} variant="secondary" data-testid="my-order-link">
          View or cancel your order
        </LinkButton>
      </div>
    </EventShell>
  );
}

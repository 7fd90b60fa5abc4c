import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventShell } from "@/components/landing/event-shell";
import { orderPageBrand } from "@/components/order/order-branding";
import { OrderSummary } from "@/components/order/order-summary";
import { LinkButton } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getOrderForConfirmation } from "@/lib/orders/get-order";
import { loadPublicEvent } from "../../../load-event";

/** Per request, never cached: current stock and window, or a private order behind a token. */
export const dynamic = "force-dynamic";

/** The URL carries the private order token: never indexed, never sent on as a referrer. */
export const metadata: Metadata = {
  title: { absolute: "Thank you for your order" },
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ slug: string; token: string }> };

/**
 * Where a placed order lands. The token must belong to an order of this event (the subdomain): an order of
 * another event, or no order, is a 404, so one shop's host never shows another's order.
 */
export default async function ConfirmationPage({ params }: Props) {
  const { slug, token } = await params;
  const [order, publicEvent] = await Promise.all([
    getOrderForConfirmation({ db: getDb(), token, eventSlug: slug }),
    loadPublicEvent(slug),
  ]);
  if (!order) notFound();
  const { brand, logo } = orderPageBrand(publicEvent, order.branding);

  return (
    <EventShell brand={brand} eventName={order.event.name} logo={logo}>
      <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-extrabold tracking-tight">Thank you for your order!</h1>
          {order.status === "cancelled" ? (
            <p className="font-semibold text-slate-900">This order has since been cancelled.</p>
          ) : null}
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
        </div>

        <p data-testid="confirmation-email-notice">
          A confirmation email is on its way to you
          {!order.erased && order.attendeeEmail ? (
            <>
              {" "}
              at <span className="font-semibold break-all">{order.attendeeEmail}</span>
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
            <p className="mt-2 whitespace-pre-line">{order.pickupInfo}</p>
          </section>
        ) : null}

        <LinkButton href={`/my-order/${token}`} variant="secondary" data-testid="my-order-link">
          View or cancel your order
        </LinkButton>
      </div>
    </EventShell>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventShell } from "@/components/landing/event-shell";
import { orderPageBrand } from "@/components/order/order-branding";
import { OrderSummary } from "@/components/order/order-summary";
import { OrderQrCode } from "@/components/order/order-qr-code";
import { showsCollectionQr } from "@/lib/format/qr-code";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { formatShortDateTime } from "@/lib/format/date-time";
import { waitText } from "@/lib/rate-limit/wait-text";
import { loadPublicEvent } from "../../load-public-event";
import { loadOrderByToken } from "../../load-order";
import { cancelOrderAction } from "./actions";
import { ErasedNotice } from "@/components/order/erased-notice";
import { eraseMyDataAction } from "./privacy-actions";

/** Per request, never cached: current stock and window, or a private order behind a token. */
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The URL is the attendee's private key to the order: never indexed, never sent on as a referrer. The title
 * names the event, so a bookmark or a tab among several says which shop's order it is.
 */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { slug, token } = await params;
  const order = await loadOrderByToken(slug, token);
  return {
    title: { absolute: order ? `Your order · ${order.event.name}` : "Your order" },
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

const CANCEL_MESSAGES: Record<string, { tone: "warning" | "error"; text: string }> = {
  not_cancellable: {
    tone: "warning",
    text: "This order can no longer be cancelled online. Please contact the organisers.",
  },
  unavailable: {
    tone: "error",
    text: "Swagstand is temporarily unavailable. Nothing was changed — please try again.",
  },
  error: { tone: "error", text: "Something went wrong and your order was not cancelled. Please try again." },
  maintenance: {
    tone: "warning",
    text: "The shop is in maintenance: cancelling is paused for a short while. Nothing was changed — please try again later.",
  },
};

/** ?cancel=rate_limited&retry=N (cancelOrderAction): the wait is part of the message. */
function cancelProblemFor(query: Record<string, string | string[] | undefined>) {
  if (query.cancel !== "rate_limited") {
    return typeof query.cancel === "string" ? CANCEL_MESSAGES[query.cancel] : undefined;
  }
  const retry = Number(typeof query.retry === "string" ? query.retry : NaN);
  const wait = Number.isFinite(retry) && retry > 0 ? waitText(retry) : "a few minutes";
  return {
    tone: "warning" as const,
    text: `Too many cancellations were asked for from your connection. Nothing was changed: please try again in ${wait}.`,
  };
}

/**
 * "My order" (reached from the link in the confirmation email): status, history in the event's time zone, lines,
 * answers, and cancelling while the status allows it. Cancelling is a two-step plain form — "Cancel my order"
 * shows (via ?step=cancel) a "Yes, cancel my order" button posting the server action — so it needs no
 * client JavaScript and cannot happen by a single stray tap.
 */
export default async function MyOrderPage({ params, searchParams }: Props) {
  const [{ slug, token }, query] = await Promise.all([params, searchParams]);
  const [order, publicEvent] = await Promise.all([loadOrderByToken(slug, token), loadPublicEvent(slug)]);
  if (!order) notFound();
  const { brand, logo } = orderPageBrand(publicEvent, order.branding);
  const confirming = query.step === "cancel" && order.canCancel;
  const cancelProblem = cancelProblemFor(query);
  const cancel = cancelOrderAction.bind(null, slug, token);
  const erase = eraseMyDataAction.bind(null, slug, token);
  const confirmingErase = query.step === "erase" && !order.erased;
  const eraseProblem =
    query.erase === "error"
      ? "Something went wrong and nothing was erased. Please try again."
      : query.erase === "rate_limited"
        ? "Too many requests from your connection. Nothing was erased: please try again in a few minutes."
        : null;
  const timeZone = order.event.timeZone;

  return (
    <EventShell brand={brand} eventName={order.event.name} logo={logo}>
      <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight">Your order</h1>
          <p className="mt-1 text-lg">
            Reference{" "}
            <span
              className="font-mono text-xl font-bold tracking-wider text-(--brand-text)"
              data-testid="order-reference"
            >
              {order.reference}
            </span>
          </p>
        </div>

        {showsCollectionQr(order.status) ? <OrderQrCode reference={order.reference} /> : null}
        {order.erasedAt ? <ErasedNotice erasedAt={order.erasedAt} timeZone={order.event.timeZone} /> : null}
        {eraseProblem ? (
          <Alert tone="error" role="alert" testId="erase-problem">
            {eraseProblem}
          </Alert>
        ) : null}

        {order.status === "cancelled" ? (
          <Alert tone="success" role="status" testId="order-cancelled" title="Your order was cancelled">
            The items are back in stock for other attendees. You can place a new order while ordering is open.
          </Alert>
        ) : cancelProblem ? (
          <Alert tone={cancelProblem.tone} role="alert" testId="cancel-problem">
            {cancelProblem.text}
          </Alert>
        ) : null}

        <section aria-labelledby="status-heading" className="rounded-2xl border border-slate-200 p-4">
          <h2 id="status-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            Status
          </h2>
          <p className="mt-1 text-2xl font-bold" data-testid="order-status">
            {order.statusLabel}
          </p>
          {order.statusDescription ? <p className="text-slate-700">{order.statusDescription}</p> : null}
        </section>

        <OrderSummary
          lines={order.lines}
          totalMinor={order.totalMinor}
          currency={order.currency}
          paymentStatus={order.paymentStatus}
          answers={order.answers}
        />

        {order.pickupInfo && order.status !== "cancelled" ? (
          <section aria-labelledby="pickup-heading">
            <h2 id="pickup-heading" className="text-xl font-bold">
              Pick-up
            </h2>
            <p className="mt-2 whitespace-pre-line">{order.pickupInfo}</p>
          </section>
        ) : null}

        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-xl font-bold">
            History
          </h2>
          <ol
            className="mt-3 flex flex-col gap-3 border-l-2 border-slate-200 pl-4"
            data-testid="order-history"
          >
            {order.history.map((entry, index) => (
              <li key={`${entry.toStatus}-${index}`}>
                <p className="font-semibold">
                  {entry.label}
                  {entry.by === "you" ? " by you" : entry.by === "organisers" ? " by the organisers" : ""}
                </p>
                <p className="text-sm text-slate-700">
                  <time dateTime={entry.at.toISOString()}>{formatShortDateTime(entry.at, timeZone)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>

        {order.canCancel ? (
          <section
            aria-labelledby="cancel-heading"
            id="cancel"
            className="rounded-2xl border border-slate-200 p-4"
          >
            <h2 id="cancel-heading" className="text-xl font-bold">
              Cancel your order
            </h2>
            {confirming ? (
              <div className="mt-2 flex flex-col gap-3">
                <p>Are you sure? Your items go back to other attendees and this cannot be undone.</p>
                <form action={cancel}>
                  <Button type="submit" variant="danger" className="w-full">
                    Yes, cancel my order
                  </Button>
                </form>
                <LinkButton href={`/my-order/${token}`} variant="secondary">
                  No, keep my order
                </LinkButton>
              </div>
            ) : (
              <form method="get" action={`/my-order/${token}#cancel`} className="mt-2 flex flex-col gap-3">
                <p>Changed your mind? You can cancel until the organisers start preparing your order.</p>
                <input type="hidden" name="step" value="cancel" />
                <Button type="submit" variant="secondary" className="w-full">
                  Cancel my order
                </Button>
              </form>
            )}
          </section>
        ) : null}

        {order.erased ? null : (
          <section
            aria-labelledby="data-heading"
            id="data"
            className="rounded-2xl border border-slate-200 p-4"
          >
            <h2 id="data-heading" className="text-xl font-bold">
              Your data
            </h2>
            <div className="mt-2 flex flex-col gap-3">
              <p>Download everything we hold about this order, or have your personal data erased.</p>
              <a
                href={`/my-order/${token}/data`}
                download
                data-testid="download-data"
                className="inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 px-4 font-semibold underline-offset-2 hover:underline"
              >
                Download my data (JSON)
              </a>
              {confirmingErase ? (
                <>
                  <p>
                    Are you sure? Your name, email address and personal answers are erased for good
                    {order.canCancel ? ", and your order is cancelled first" : ""}. We send you one last email
                    to confirm it.
                  </p>
                  <form action={erase}>
                    <Button type="submit" variant="danger" className="w-full">
                      Yes, erase my personal data
                    </Button>
                  </form>
                  <LinkButton href={`/my-order/${token}`} variant="secondary">
                    No, keep my data
                  </LinkButton>
                </>
              ) : (
                <form method="get" action={`/my-order/${token}#data`}>
                  <input type="hidden" name="step" value="erase" />
                  <Button type="submit" variant="secondary" className="w-full">
                    Erase my personal data
                  </Button>
                </form>
              )}
            </div>
          </section>
        )}
      </div>
    </EventShell>
  );
}

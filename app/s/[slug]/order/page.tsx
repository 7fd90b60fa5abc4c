import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getImageProps } from "next/image";
import { notFound } from "next/navigation";
import { isItemSoldOut } from "@/components/landing/availability";
import { EventShell } from "@/components/landing/event-shell";
import { OrderingNotice } from "@/components/landing/ordering-notice";
import { OrderForm } from "@/components/order/order-form";
import type { PickerImage, PickerItem } from "@/components/order/item-picker";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { orderingWindow } from "@/lib/events/window";
import { maintenanceForSlug } from "@/lib/maintenance/cached";
import { refusesWrites } from "@/lib/maintenance/mode";
import { ClientSettingsProvider } from "@/components/settings/client-settings";
import { buildClientSettings } from "@/lib/settings/build-client-settings";
import { loadPublicEvent } from "../load-public-event";
import { placeOrderAction, submitOrderForm } from "./actions";
import { requestOrderLinkAction } from "./order-link-actions";

/** Per request, never cached: current stock and window, or a private order behind a token. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await loadPublicEvent(slug);
  return event ? { title: { absolute: `Order · ${event.page.title}` } } : {};
}

/**
 * The order form page (/order on the event's host). Rendered per request: stock and the ordering window must
 * be current here, unlike the cached landing page. When ordering is not open, or nothing is left, the page
 * says so instead of showing a form that could only fail.
 */
export default async function OrderPage({ params }: Props) {
  const { slug } = await params;
  const [event, maintenance] = await Promise.all([loadPublicEvent(slug), maintenanceForSlug(slug)]);
  if (!event) notFound();
  // Limits and flags for the form, decided here for this event (ADR 034).
  const settings = await buildClientSettings({ orgId: event.published.orgId, eventId: event.id });

  const { page } = event;
  const ordering = orderingWindow(event, new Date());
  const soldOut = event.items.length === 0 || event.items.every(isItemSoldOut);
  const items: PickerItem[] = event.items.map((item) => ({
    id: item.id,
    name: item.name,
    priceMinor: item.priceMinor,
    maxPerOrder: item.maxPerOrder,
    image: item.image ? thumbnail(item.image.url) : null,
    variants: item.variants,
  }));

  return (
    <EventShell
      brand={{ primaryColor: page.primaryColor, accentColor: page.accentColor, font: page.font }}
      eventName={event.name}
      logo={event.logo}
    >
      <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-6">
        <h1 className="text-3xl font-extrabold tracking-tight">Place your order</h1>
        {refusesWrites(maintenance.mode) ? (
          // Read-only maintenance (ADR 027): the message instead of a form whose submit could only be refused.
          <>
            <Alert tone="warning" testId="maintenance-notice">
              {maintenance.message}
            </Alert>
            <BackLink />
          </>
        ) : ordering.state !== "open" ? (
          <>
            <OrderingNotice ordering={ordering} timeZone={event.timeZone} />
            <BackLink />
          </>
        ) : soldOut ? (
          <>
            <Alert tone="warning" testId="sold-out-notice">
              Everything has been claimed. Thank you for your interest!
            </Alert>
            <BackLink />
          </>
        ) : (
          <>
            <OrderingNotice ordering={ordering} timeZone={event.timeZone} />
            <ClientSettingsProvider settings={settings}>
              <OrderForm
                action={placeOrderAction}
                formAction={submitOrderForm.bind(null, event.slug)}
                requestOrderLink={requestOrderLinkAction.bind(null, event.slug)}
                // Made here, not in the browser, so a submit before hydration carries one too.
                idempotencyKey={randomUUID()}
                slug={event.slug}
                items={items}
                fields={event.form?.fields ?? []}
                currency={event.currency}
              />
            </ClientSettingsProvider>
          </>
        )}
      </div>
    </EventShell>
  );
}

/** A 64px thumbnail through the image optimiser (1x and 2x), as next/image would render it. */
function thumbnail(url: string): PickerImage {
  const { props } = getImageProps({ src: url, alt: "", width: 64, height: 64, sizes: "64px" });
  return {
    src: props.src,
    srcSet: props.srcSet,
    sizes: props.sizes,
    width: Number(props.width),
    height: Number(props.height),
  };
}

function BackLink() {
  return (
    <LinkButton href="/" variant="secondary" className="self-start">
      Back to the event page
    </LinkButton>
  );
}

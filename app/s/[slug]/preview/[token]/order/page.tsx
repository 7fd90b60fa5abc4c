import type { Metadata } from "next";
import { EventShell } from "@/components/landing/event-shell";
import { ItemCard } from "@/components/landing/item-card";
import { PreviewBanner } from "@/components/landing/preview-banner";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { loadPreview, previewPath } from "../load-preview";

/**
 * The order page as a preview shows it: the event's items and a clear refusal. There is deliberately no form
 * here (nothing to submit, no server action bound): a preview can never place an order, even for an event
 * whose ordering is open.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const event = await loadPreview(slug, token);
  return { title: { absolute: `Preview · Order · ${event.name}` }, robots: { index: false, follow: false } };
}

export default async function PreviewOrderPage({ params }: Props) {
  const { slug, token } = await params;
  const event = await loadPreview(slug, token);
  const { theme } = event.renderable;
  return (
    <>
      <PreviewBanner expiresAt={event.expiresAt} timeZone={event.timeZone} skippedBlocks={0} />
      <EventShell
        brand={theme}
        theme={theme}
        eventName={event.name}
        logo={(theme.logoBlobId ? event.images.get(theme.logoBlobId) : undefined) ?? null}
        homeHref={previewPath(token)}
      >
        <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-6">
          <h1 className="text-3xl font-extrabold tracking-tight">Place your order</h1>
          <Alert tone="warning" testId="preview-ordering-off" title="This is a preview: ordering is off">
            Attendees order here once the page and the event are published and ordering is open. Nothing can
            be ordered through a preview link.
          </Alert>
          {event.items.length > 0 ? (
            <ul className="flex flex-col gap-4" aria-label="Items">
              {event.items.map((item) => (
                <li key={item.id} className="flex">
                  <ItemCard item={item} currency={event.currency} />
                </li>
              ))}
            </ul>
          ) : null}
          <LinkButton href={previewPath(token)} variant="secondary" className="self-start">
            Back to the event page
          </LinkButton>
        </div>
      </EventShell>
    </>
  );
}

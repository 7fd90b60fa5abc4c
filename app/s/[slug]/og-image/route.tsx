import { ImageResponse } from "next/og";
import { getDb } from "@/db/client";
import { getPublicEvent } from "@/lib/events/queries";
import { formatEventDates } from "@/lib/format/date-time";
import { OG_IMAGE_SIZE } from "@/lib/pages/landing-metadata";
import { ogCard } from "@/lib/pages/og-card";
import { ogLogoDataUrl } from "@/lib/pages/og-logo";
import { withPublishedPage } from "@/lib/pages/public-landing";

type Context = { params: Promise<{ slug: string }> };

/**
 * The event's Open Graph image ({slug}.{ROOT_DOMAIN}/og-image, named in the landing page's metadata): a
 * 1200×630 PNG drawn with next/og from the published page — title, event name and dates as plain text on the
 * theme's primary colour, the accent as a stripe, the logo when there is one. Same visibility as the landing
 * page (draft and unknown events: 404). Cached by browsers and CDNs for a while: chat apps fetch it once per
 * shared link anyway.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const db = getDb();
  const event = await getPublicEvent({ db, slug });
  if (!event) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const { renderable } = await withPublishedPage(db, event);
  const card = ogCard({
    title: renderable.document.root.props.title || event.page.title,
    eventName: event.name,
    dates: formatEventDates(event.startsAt, event.endsAt, event.timeZone),
    theme: renderable.theme,
  });
  const logo = await ogLogoDataUrl(db, { orgId: event.published.orgId, blobId: renderable.theme.logoBlobId });

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: card.background,
        color: card.foreground,
        borderBottom: `24px solid ${card.accent}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24, fontSize: 36 }}>
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, next/image does not apply
          <img src={logo.src} width={logo.width} height={logo.height} alt="" />
        ) : null}
        <span>{card.eventName}</span>
      </div>
      <div style={{ display: "flex", fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{card.title}</div>
      <div style={{ display: "flex", fontSize: 36 }}>{card.dates ?? ""}</div>
    </div>,
    {
      ...OG_IMAGE_SIZE,
      headers: { "Cache-Control": "public, max-age=600, s-maxage=3600, stale-while-revalidate=86400" },
    },
  );
}

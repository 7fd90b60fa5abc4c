import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicItem } from "@/lib/events/queries";
import { validatePageDocument, type PageDocument } from "@/lib/pages/page-document";
import type { PageRenderContext } from "./context";
import { PageBlocks } from "./page-blocks";

const IMAGE = "0b7d5f0e-3c1a-4d8e-9f2a-5b6c7d8e9f01";
const FOREIGN_IMAGE = "9f7d5f0e-3c1a-4d8e-9f2a-5b6c7d8e9f01";

const item: PublicItem = {
  id: "5d1c1f0e-3c1a-4d8e-9f2a-5b6c7d8e9f01",
  name: "DevConf t-shirt",
  description: "Organic cotton",
  priceMinor: 0,
  maxPerOrder: 1,
  image: null,
  variants: [
    { id: "a", label: "S", stock: 10 },
    { id: "b", label: "M", stock: 0 },
  ],
};

const context: PageRenderContext = {
  event: { name: "DevConf", timeZone: "Europe/Berlin", currency: "EUR", dates: "14–15 June 2026" },
  ordering: { state: "not_yet_open", opensAt: new Date("2026-06-04T10:00:00Z") },
  items: [item],
  images: new Map([[IMAGE, { url: "/api/blobs/hero.jpg", width: 1600, height: 900 }]]),
  now: new Date("2026-06-01T10:00:00Z"),
};

function documentOf(content: unknown[]): PageDocument {
  const result = validatePageDocument({ root: { props: {} }, content });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

const render = (content: unknown[]) =>
  renderToStaticMarkup(<PageBlocks blocks={documentOf(content).content} context={context} />);

describe("PageBlocks", () => {
  it("renders the hero as the page's only h1 with the live ordering window, and the items from the catalog", () => {
    const html = render([
      {
        type: "Hero",
        props: { id: "Hero-1", heading: "DevConf 2026", background: "image", image: { blobId: IMAGE } },
      },
      { type: "ItemsShowcase", props: { id: "Items-1" } },
      { type: "Countdown", props: { id: "Countdown-1" } },
    ]);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("DevConf 2026");
    expect(html).toContain("Ordering opens on");
    expect(html).toContain("DevConf t-shirt");
    expect(html).toContain("Ordering opens in 3 days");
    // Ordering has not opened: no order button yet.
    expect(html).not.toContain('data-testid="order-cta"');
  });

  it("renders FAQ entries as native details, schedule dates as <time>, and a map link for the venue", () => {
    const html = render([
      {
        type: "Faq",
        props: { id: "Faq-1", entries: [{ question: "Can I swap sizes?", answer: "Yes, at the desk." }] },
      },
      {
        type: "Schedule",
        props: { id: "Schedule-1", entries: [{ date: "2026-06-14", time: "09:30", label: "Doors open" }] },
      },
      {
        type: "Location",
        props: { id: "Location-1", venue: "Kosmos", address: "Karl-Marx-Allee 131a\n10243 Berlin" },
      },
    ]);
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Can I swap sizes\?/);
    expect(html).toContain('<time dateTime="2026-06-14T09:30"');
    expect(html).toContain("Sun 14 Jun");
    expect(html).toContain(
      "https://www.google.com/maps/search/?api=1&amp;query=Kosmos%2C%20Karl-Marx-Allee%20131a%2010243%20Berlin",
    );
  });

  it("renders nothing for an image that did not resolve (another organisation's, or deleted)", () => {
    const html = render([
      { type: "Image", props: { id: "Image-1", image: { blobId: FOREIGN_IMAGE }, alt: "Stage" } },
    ]);
    expect(html).not.toContain("<img");
  });

  it("leaves out a call to action to the order form while ordering is not open", () => {
    const band = { type: "CtaBand", props: { id: "Cta-1", heading: "Grab one", buttonLabel: "Order now" } };
    expect(render([band])).not.toContain("Grab one");
    const open = renderToStaticMarkup(
      <PageBlocks
        blocks={documentOf([band]).content}
        context={{ ...context, ordering: { state: "open", closesAt: null } }}
      />,
    );
    expect(open).toMatch(/<a[^>]*href="\/order"[^>]*>Order now<\/a>/);
    expect(render([{ ...band, props: { ...band.props, href: "https://example.com/t" } }])).toContain(
      "Grab one",
    );
  });

  it("lets no script, event handler or javascript: link through any text field", () => {
    const payloads = [
      "<script>window.__xss=1</script>",
      '<img src=x onerror="window.__xss=1">',
      "[click](javascript:window.__xss=1)",
      '"><svg onload=window.__xss=1>',
      '<a href="javascript:window.__xss=1">x</a>',
    ];
    for (const payload of payloads) {
      const html = render([
        { type: "Hero", props: { id: "Hero-1", heading: payload, subheading: payload, ctaLabel: payload } },
        { type: "RichText", props: { id: "Text-1", markdown: payload } },
        {
          type: "Faq",
          props: { id: "Faq-1", heading: payload, entries: [{ question: payload, answer: payload }] },
        },
        {
          type: "Location",
          props: { id: "Location-1", venue: payload, address: payload, directions: payload },
        },
        {
          type: "CtaBand",
          // Not /order: a band to the order form is left out while ordering is not open (as in `context`).
          props: {
            id: "Cta-1",
            heading: payload,
            text: payload,
            buttonLabel: payload,
            href: "https://example.com/tickets",
          },
        },
        {
          type: "Schedule",
          props: {
            id: "Schedule-1",
            heading: payload,
            entries: [{ date: "2026-06-14", label: payload, detail: payload }],
          },
        },
      ]);
      // Escaped text ("&lt;img … onerror=") is harmless; only real tags and attributes count.
      expect(html, payload).not.toMatch(/<script|<svg|<img[^>]*src="x"|<[^>]*\son[a-z]+=|href="javascript:/i);
    }
  });
});

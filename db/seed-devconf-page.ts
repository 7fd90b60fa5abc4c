import { validatePageDocument, type PageDocument } from "@/lib/pages/page-document";
import { failingContrast, themeSchema, type Theme } from "@/lib/pages/theme";

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * DevConf's demo landing page: a rich block document (hero photo, gallery of six images, FAQ, items, key
 * dates, location, countdown, call to action) so the demo, the e2e specs and the bench's Lighthouse run see a
 * real page, not the minimal default. Every image has alt text. Validated and contrast-checked here, so the
 * seed fails loudly rather than storing a page the editor would refuse to publish.
 */
export function devconfPage(
  images: {
    logo: string;
    hero: string;
    shirt: string;
    socks: string;
    foyer: string;
    breakfast: string;
  },
  event: { startsAt: Date; endsAt: Date; now: Date },
): { document: PageDocument; theme: Theme } {
  const content = [
    {
      type: "Hero",
      props: {
        id: "Hero-devconf",
        heading: "DevConf 2027 swag",
        subheading: "Free conference t-shirts and socks: pick your size, collect at the registration desk.",
        background: "image",
        image: { blobId: images.hero },
        focalX: 50,
        focalY: 40,
        overlay: 50,
        ctaLabel: "Get your t-shirt",
      },
    },
    {
      type: "RichText",
      props: {
        id: "RichText-about",
        markdown:
          "Every attendee gets **one free t-shirt** and a pair of socks.\n\n- Choose your size carefully: sizes run *true to fit*.\n- Collect your order at the registration desk with your reference.",
      },
    },
    {
      type: "ItemsShowcase",
      props: { id: "ItemsShowcase-swag", heading: "What you can order", layout: "grid" },
    },
    { type: "Countdown", props: { id: "Countdown-ordering", heading: "Don't wait too long" } },
    {
      type: "Gallery",
      props: {
        id: "Gallery-last-year",
        heading: "Last year at DevConf",
        columns: 3,
        images: [
          { image: { blobId: images.hero }, alt: "The main hall lit in violet before the opening keynote" },
          { image: { blobId: images.shirt }, alt: "The indigo DevConf t-shirt laid flat" },
          { image: { blobId: images.socks }, alt: "A pair of violet conference socks" },
          { image: { blobId: images.foyer }, alt: "The foyer at sunrise, ready for the first attendees" },
          { image: { blobId: images.breakfast }, alt: "Breakfast plates with eggs, toast and fruit" },
          { image: { blobId: images.logo }, alt: "The DevConf logo on an indigo badge" },
        ],
      },
    },
    {
      type: "Faq",
      props: {
        id: "Faq-swag",
        heading: "Questions",
        entries: [
          {
            question: "Is the swag really free?",
            answer: "Yes. Every registered attendee can order one t-shirt and up to two pairs of socks.",
          },
          {
            question: "Can I change my size later?",
            answer:
              "Cancel your order from the link in your confirmation email and order again while stock lasts.",
          },
          {
            question: "Can someone collect my order for me?",
            answer: "Yes: they only need your order reference (it looks like `DEV-7KQ2MX`).",
          },
        ],
      },
    },
    {
      type: "Schedule",
      props: {
        id: "Schedule-dates",
        heading: "Key dates",
        entries: [
          { date: isoDate(event.now), label: "Ordering opens", detail: "While stock lasts" },
          {
            date: isoDate(event.startsAt),
            time: "08:30",
            label: "Pick-up starts",
            detail: "Registration desk, hall A",
          },
          { date: isoDate(new Date(event.endsAt.getTime() - DAY / 2)), time: "16:00", label: "Last pick-up" },
        ],
      },
    },
    {
      type: "Location",
      props: {
        id: "Location-venue",
        heading: "Where to collect",
        venue: "Registration desk, hall A",
        address: "Europaplein 24\n1078 GZ Amsterdam",
        mapQuery: "Europaplein 24, Amsterdam",
        directions: "Both conference days from 08:30. Bring your order reference.",
      },
    },
    {
      type: "CtaBand",
      props: {
        id: "CtaBand-end",
        heading: "Get yours before your size is gone",
        text: "It takes a minute, and you collect it at the desk.",
        buttonLabel: "Order now",
        href: "/order",
        tone: "brand",
      },
    },
  ];
  const result = validatePageDocument({
    root: {
      props: {
        title: "DevConf 2027 swag",
        description: "Free conference t-shirts and socks: pick your size, collect at the registration desk.",
      },
    },
    content,
  });
  if (!result.ok) throw new Error(`seed: DevConf page is invalid: ${JSON.stringify(result.errors)}`);
  // The accent is amber-700, not DevConf's lighter amber: the focus ring needs 3:1 on white.
  const theme = themeSchema.parse({
    primaryColor: "#4338ca",
    accentColor: "#b45309",
    logoBlobId: images.logo,
  });
  const failing = failingContrast(theme);
  if (failing.length > 0) throw new Error(`seed: DevConf theme fails contrast: ${JSON.stringify(failing)}`);
  return { document: result.document, theme };
}

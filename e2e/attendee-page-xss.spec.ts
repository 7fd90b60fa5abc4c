import { DEMO_ORG_ID } from "./dashboard-fixtures";
import { expect, test } from "./fixtures";
import { createDraftEvent, publishPageVersion, savePageDraft, someImageOf } from "./support/page-documents";
import { previewToken } from "./support/preview-token";
import { e2eDb } from "./support/db";
import { watchCsp } from "./support/security";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * Hostile text in every text field of a page document, stored straight in the database (as a published
 * version and as the draft, as if the validation had been bypassed): in a real browser no script runs, no
 * dialog opens and the policy reports no violation, on the landing page and the preview; the Open Graph
 * image still answers an image (its text is drawn, never parsed).
 */
const PAYLOAD = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '"><svg onload=window.__xss=1>',
  "[x](javascript:window.__xss=1)",
  "<a href=javascript:alert(1)>a</a>",
].join(" ");
const MARKDOWN = `${PAYLOAD}\n\n<iframe src="javascript:alert(1)"></iframe>\n\n<div onmouseover="alert(1)">hover</div>`;

function hostileDocument(imageId: string) {
  const image = { blobId: imageId };
  return {
    root: { props: { title: PAYLOAD, description: PAYLOAD } },
    content: [
      {
        type: "Hero",
        props: {
          id: "Hero-x",
          heading: PAYLOAD,
          subheading: PAYLOAD,
          ctaLabel: PAYLOAD,
          background: "image",
          image,
        },
      },
      { type: "RichText", props: { id: "Text-x", markdown: MARKDOWN } },
      { type: "Image", props: { id: "Image-x", image, alt: PAYLOAD, caption: PAYLOAD } },
      { type: "Gallery", props: { id: "Gallery-x", heading: PAYLOAD, images: [{ image, alt: PAYLOAD }] } },
      { type: "ItemsShowcase", props: { id: "Items-x", heading: PAYLOAD } },
      {
        type: "Faq",
        props: { id: "Faq-x", heading: PAYLOAD, entries: [{ question: PAYLOAD, answer: MARKDOWN }] },
      },
      {
        type: "Schedule",
        props: {
          id: "Schedule-x",
          heading: PAYLOAD,
          entries: [{ date: "2027-06-14", label: PAYLOAD, detail: PAYLOAD }],
        },
      },
      {
        type: "Location",
        props: {
          id: "Location-x",
          heading: PAYLOAD,
          venue: PAYLOAD,
          address: MARKDOWN,
          mapQuery: PAYLOAD,
          directions: MARKDOWN,
        },
      },
      { type: "Sponsors", props: { id: "Sponsors-x", heading: PAYLOAD, logos: [{ image, name: PAYLOAD }] } },
      { type: "Countdown", props: { id: "Countdown-x", heading: PAYLOAD } },
      {
        type: "Section",
        props: {
          id: "Section-x",
          background: "brand",
          content: [{ type: "RichText", props: { id: "Text-in-section", markdown: MARKDOWN } }],
        },
      },
      {
        type: "CtaBand",
        props: {
          id: "Cta-x",
          heading: PAYLOAD,
          text: PAYLOAD,
          buttonLabel: PAYLOAD,
          href: "https://example.com/x",
        },
      },
    ],
  };
}

test("XSS payloads in every text field run nowhere: landing page, preview, Open Graph image", async ({
  page,
  request,
}) => {
  const { eventId, slug } = await createDraftEvent(DEMO_ORG_ID);
  const document = hostileDocument(await someImageOf(DEMO_ORG_ID));
  const theme = { primaryColor: "#4338ca", accentColor: "#b45309" };
  await publishPageVersion(eventId, document, theme);
  await savePageDraft(eventId, document, theme);
  await e2eDb().query("update events set status = 'published', name = $2 where id = $1", [eventId, PAYLOAD]);

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const csp = watchCsp(page);
  const token = await previewToken(eventId, new Date(Date.now() + 60 * 60 * 1000));

  for (const [what, path] of [
    ["landing page", "/"],
    ["preview", `/preview/${token}`],
  ] as const) {
    const response = await page.goto(tenantUrl(slug, path));
    expect(response?.status(), what).toBe(200);
    // The payload is on the page as text: the document was drawn, not thrown away for the default page.
    await expect(page.getByRole("heading", { level: 1 }), what).toContainText(
      "<script>window.__xss=1</script>",
    );
    // Where the markup survives as text, hovering it must not run anything either.
    const hover = page.getByText("hover").first();
    if (await hover.count()) await hover.hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), what).toBeUndefined();
    expect(
      await page.locator("iframe, svg[onload], [onerror], [onmouseover], a[href^='javascript:' i]").count(),
      what,
    ).toBe(0);
  }
  expect(dialogs).toEqual([]);
  await csp.expectNone();

  const image = await request.get(rootUrl("/og-image"), { headers: { host: new URL(tenantUrl(slug)).host } });
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
});

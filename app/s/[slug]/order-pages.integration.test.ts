import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { variants } from "@/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import ConfirmationPage, {
  generateMetadata as confirmationMetadata,
} from "./order/confirmation/[token]/page";
import MyOrderPage, { generateMetadata as myOrderMetadata } from "./my-order/[token]/page";

/** A Hoodie in one size only (M) and a Tee in S and L, ordered L first: the pages list S first. */
async function placedOrder({ email = "ada@example.org" }: { email?: string } = {}) {
  const db = testDb();
  const fixture = await createOrderFixture(db, {
    formFields: [{ type: "short_text", key: "team", label: "Team", required: true }],
    items: [
      { name: "Hoodie", priceMinor: 2500, maxPerOrder: 2, variants: [{ label: "M", stock: 5 }] },
      {
        name: "Tee",
        maxPerOrder: 2,
        variants: [
          { label: "S", stock: 5 },
          { label: "L", stock: 5 },
        ],
      },
    ],
  });
  const [hoodie, small, large] = fixture.variants;
  const result = await placeOrder({
    db,
    eventSlug: fixture.event.slug,
    input: {
      idempotencyKey: randomUUID(),
      attendee: { name: "Ada Lovelace", email },
      lines: [
        { variantId: large!.id, quantity: 1 },
        { variantId: hoodie!.id, quantity: 2 },
        { variantId: small!.id, quantity: 1 },
      ],
      answers: { team: "Analytical Engines" },
    },
  });
  if (!result.ok) throw new Error(`order not placed: ${result.code} ${JSON.stringify(result.fieldErrors)}`);
  return { fixture, order: result.order };
}

const confirmation = async (slug: string, token: string) =>
  renderToStaticMarkup(await ConfirmationPage({ params: Promise.resolve({ slug, token }) }));
const myOrder = async (slug: string, token: string, query: Record<string, string> = {}) =>
  renderToStaticMarkup(
    await MyOrderPage({ params: Promise.resolve({ slug, token }), searchParams: Promise.resolve(query) }),
  );

describe(`order pages (${testDriver()})`, () => {
  it("confirms with the reference, lines, total, answers and the private link", async () => {
    const { fixture, order } = await placedOrder();
    const html = await confirmation(fixture.event.slug, order.token);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toMatch(new RegExp(`data-testid="order-reference"[^>]*>${order.reference}<`));
    expect(html).toContain("2 × Hoodie");
    expect(html).toContain("€50.00");
    expect(html).toContain("Analytical Engines");
    expect(html).toContain("A confirmation email is on its way to you");
    expect(html).toContain(`href="/my-order/${order.token}"`);
  });

  it("shows success with a decorative check mark and a heading that says it in words", async () => {
    const { fixture, order } = await placedOrder();
    const html = await confirmation(fixture.event.slug, order.token);
    expect(html).toMatch(/<span aria-hidden="true" data-testid="success-mark"[^>]*><svg/);
    expect(html).toMatch(/<h1[^>]*>Thank you for your order!<\/h1>/);
    expect(html).toContain("Your order has been placed.");
  });

  it("names the event in both titles", async () => {
    const { fixture, order } = await placedOrder();
    const params = Promise.resolve({ slug: fixture.event.slug, token: order.token });
    expect((await confirmationMetadata({ params })).title).toEqual({
      absolute: `Order confirmed · ${fixture.event.name}`,
    });
    expect((await myOrderMetadata({ params })).title).toEqual({
      absolute: `Your order · ${fixture.event.name}`,
    });
    // Still private pages.
    expect(await myOrderMetadata({ params })).toMatchObject({
      robots: { index: false },
      referrer: "no-referrer",
    });
  });

  it("lists lines in the event's order and leaves out the size of a one-size item, on both pages", async () => {
    const { fixture, order } = await placedOrder();
    for (const html of [
      await confirmation(fixture.event.slug, order.token),
      await myOrder(fixture.event.slug, order.token),
    ]) {
      const lines = [...html.matchAll(/data-testid="order-line"[^>]*>(.*?)<\/li>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      );
      expect(lines).toEqual([
        "2 × Hoodie €50.00",
        "1 × Tee Size / option: S Free",
        "1 × Tee Size / option: L Free",
      ]);
    }
  });

  it("says when the order was placed in the event's zone, labelled, on both pages", async () => {
    const { fixture, order } = await placedOrder();
    const zoned = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (CET|CEST)</;
    const placedAt = (await confirmation(fixture.event.slug, order.token)).match(
      /data-testid="order-placed-at"[^>]*>(.*?)<\/p>/,
    );
    expect(placedAt?.[1]).toMatch(/^Placed on <time dateTime="[^"]+Z">/);
    expect(placedAt?.[1]).toMatch(zoned);
    const history = (await myOrder(fixture.event.slug, order.token)).match(
      /data-testid="order-history"[^>]*>(.*?)<\/ol>/,
    );
    expect(history?.[1]).toMatch(zoned);
    expect(history?.[1]).not.toMatch(/UTC|GMT/);
  });

  it("lets a long email address wrap instead of widening the page", async () => {
    const email = `${"a".repeat(60)}@${"very-long-subdomain.".repeat(3)}example.org`;
    const { fixture, order } = await placedOrder({ email });
    const html = await confirmation(fixture.event.slug, order.token);
    expect(html).toMatch(/data-testid="confirmation-email-notice" class="[^"]*wrap-anywhere/);
    expect(html).toContain(email);
  });

  it("is a 404 for a token of another event, or no order at all", async () => {
    const { order } = await placedOrder();
    const other = await placedOrder();
    await expect(confirmation(other.fixture.event.slug, order.token)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(myOrder(other.fixture.event.slug, order.token)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(myOrder(other.fixture.event.slug, "x".repeat(43))).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  it("shows status and history, offers a two-step cancel, then says it was cancelled", async () => {
    const { fixture, order } = await placedOrder();
    const slug = fixture.event.slug;
    let html = await myOrder(slug, order.token);
    expect(html).toMatch(/data-testid="order-status"[^>]*>Order placed</);
    expect(html).toContain("Order placed by you");
    expect(html).toMatch(/<button[^>]*>Cancel my order<\/button>/);
    expect(html).not.toContain("Yes, cancel my order");

    html = await myOrder(slug, order.token, { step: "cancel" });
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Yes, cancel my order<\/button>/);
    expect(html).toContain("No, keep my order");

    const db = testDb();
    expect((await cancelOrderByToken({ db, token: order.token, eventSlug: slug })).ok).toBe(true);
    html = await myOrder(slug, order.token, { cancel: "cancelled" });
    expect(html).toContain("Your order was cancelled");
    expect(html).toMatch(/data-testid="order-status"[^>]*>Cancelled</);
    expect(html).not.toContain("Cancel my order");
    const [variant] = await db.select().from(variants).where(eq(variants.id, fixture.variants[0]!.id));
    expect(variant?.stock).toBe(5);
  });
});

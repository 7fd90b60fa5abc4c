import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { variants } from "@/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import ConfirmationPage from "./order/confirmation/[token]/page";
import MyOrderPage from "./my-order/[token]/page";

async function placedOrder() {
  const db = testDb();
  const fixture = await createOrderFixture(db, {
    formFields: [{ type: "short_text", key: "team", label: "Team", required: true }],
    items: [{ name: "Hoodie", priceMinor: 2500, maxPerOrder: 2, variants: [{ label: "M", stock: 5 }] }],
  });
  const result = await placeOrder({
    db,
    eventSlug: fixture.event.slug,
    input: {
      idempotencyKey: randomUUID(),
      attendee: { name: "Ada Lovelace", email: "ada@example.org" },
      lines: [{ variantId: fixture.variants[0]!.id, quantity: 2 }],
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
    expect(html).toContain("Hoodie");
    expect(html).toContain("M × 2");
    expect(html).toContain("€50.00");
    expect(html).toContain("Analytical Engines");
    expect(html).toContain("A confirmation email is on its way to you");
    expect(html).toContain(`href="/my-order/${order.token}"`);
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
    expect(html).toMatch(/CET|CEST/);
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

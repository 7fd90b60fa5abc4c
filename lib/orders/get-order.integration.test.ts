import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formVersions, orders, outboxMessages } from "@/db/schema";
import { formDefinitionSchema } from "@/lib/forms/definitions";
import { testDb, testDriver } from "@/test/db";
import { cancelOrderByToken } from "./cancel-order";
import { getOrderByToken, getOrderForConfirmation } from "./get-order";
import { placeOrder } from "./place-order";
import { createOrderFixture, orderInputFor } from "./test-fixtures";

const db = () => testDb();

describe(`getOrderByToken (${testDriver()})`, () => {
  it("shows the attendee their order, history, event, branding and answers", async () => {
    const fixture = await createOrderFixture(db(), {
      currency: "GBP",
      timeZone: "Europe/London",
      items: [
        { name: "Breakfast", priceMinor: 850, maxPerOrder: 2, variants: [{ label: "Full", stock: 10 }] },
      ],
      formFields: [
        {
          type: "single_choice",
          key: "egg",
          label: "Eggs",
          options: [
            { value: "fried", label: "Fried" },
            { value: "poached", label: "Poached" },
          ],
        },
        { type: "phone", key: "phone", label: "Phone" },
      ],
    });
    const input = orderInputFor(fixture, {
      name: "Mary Jackson",
      email: "mary@example.com",
      lines: [{ variantId: fixture.variants[0]!.id, quantity: 2 }],
      answers: { egg: "poached", phone: "+44 20 7946 0000" },
    });
    const placed = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
    if (!placed.ok) throw new Error(JSON.stringify(placed));

    const view = await getOrderByToken({ db: db(), token: placed.order.token });

    expect(view).toMatchObject({
      id: placed.order.id,
      reference: placed.order.reference,
      status: "placed",
      statusLabel: "Order placed",
      canCancel: true,
      attendeeName: "Mary Jackson",
      attendeeEmail: "mary@example.com",
      erased: false,
      totalMinor: 1700,
      currency: "GBP",
      paymentStatus: "due_on_collection",
      lines: [
        {
          itemName: "Breakfast",
          variantLabel: "Full",
          singleVariant: true,
          quantity: 2,
          unitPriceMinor: 850,
          lineTotalMinor: 1700,
        },
      ],
      history: [{ fromStatus: null, toStatus: "placed", label: "Order placed", by: "you" }],
      event: {
        id: fixture.event.id,
        slug: fixture.event.slug,
        name: fixture.event.name,
        timeZone: "Europe/London",
        currency: "GBP",
      },
      branding: {
        eventName: fixture.event.name,
        primaryColor: "#123456",
        accentColor: "#654321",
        logoUrl: null,
      },
      pickupInfo: "Pick up at the registration desk.",
      // The attendee's own data, never masked for them.
      answers: [
        { key: "egg", label: "Eggs", value: "Poached" },
        { key: "phone", label: "Phone", value: "+44 20 7946 0000" },
      ],
    });
    expect(view?.createdAt).toBeInstanceOf(Date);
    expect(await getOrderForConfirmation({ db: db(), token: placed.order.token })).toEqual(view);
  });

  it("formats answers by the order's own form version, not a newer one", async () => {
    const fixture = await createOrderFixture(db());
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { answers: { dietary_needs: "Halal" } }),
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    const renamed = formDefinitionSchema.parse([
      { type: "short_text", key: "dietary_needs", label: "Food requirements" },
    ]);
    await db().insert(formVersions).values({ eventId: fixture.event.id, version: 2, fields: renamed });

    const view = await getOrderByToken({ db: db(), token: placed.order.token });
    expect(view?.answers).toEqual([{ key: "dietary_needs", label: "Dietary needs", value: "Halal" }]);
  });

  it("lists lines in the event's item and variant order, the same on the page and in every email", async () => {
    // Display order on purpose against the alphabet (Zine before Apron, XL before S) and the form's order.
    const fixture = await createOrderFixture(db(), {
      items: [
        { name: "Zine", variants: [{ label: "One size", stock: 5 }] },
        {
          name: "Apron",
          maxPerOrder: 2,
          variants: [
            { label: "XL", stock: 5 },
            { label: "S", stock: 5 },
          ],
        },
      ],
    });
    const [zine, xl, small] = fixture.variants;
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, {
        lines: [
          { variantId: small!.id, quantity: 1 },
          { variantId: zine!.id, quantity: 1 },
          { variantId: xl!.id, quantity: 1 },
        ],
      }),
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    await cancelOrderByToken({ db: db(), token: placed.order.token });

    const expected = [
      ["Zine", "One size", true],
      ["Apron", "XL", false],
      ["Apron", "S", false],
    ];
    const view = await getOrderByToken({ db: db(), token: placed.order.token });
    expect(view?.lines.map((l) => [l.itemName, l.variantLabel, l.singleVariant])).toEqual(expected);
    for (const template of ["order-confirmation", "order-cancelled"]) {
      const [mail] = await db()
        .select({ payload: outboxMessages.payload })
        .from(outboxMessages)
        .where(and(eq(outboxMessages.eventId, fixture.event.id), eq(outboxMessages.template, template)));
      const lines = (mail?.payload as { order: { lines: Record<string, unknown>[] } }).order.lines;
      expect(
        lines.map((l) => [l.itemName, l.variantLabel, l.singleVariant]),
        template,
      ).toEqual(expected);
    }
  });

  it("follows the order through cancellation", async () => {
    const fixture = await createOrderFixture(db());
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    await cancelOrderByToken({ db: db(), token: placed.order.token });

    const view = await getOrderByToken({ db: db(), token: placed.order.token });
    expect(view).toMatchObject({ status: "cancelled", statusLabel: "Cancelled", canCancel: false });
    expect(view?.history.map((h) => h.toStatus)).toEqual(["placed", "cancelled"]);
  });

  it("reports a team change without saying who made it", async () => {
    const fixture = await createOrderFixture(db());
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    await db().update(orders).set({ status: "shipped" }).where(eq(orders.id, placed.order.id));
    const { orderStatusHistory } = await import("@/db/schema");
    await db()
      .insert(orderStatusHistory)
      .values({ orderId: placed.order.id, fromStatus: "placed", toStatus: "shipped", actor: "user-123" });

    const view = await getOrderByToken({ db: db(), token: placed.order.token });
    expect(view).toMatchObject({ status: "shipped", canCancel: false });
    expect(view?.history.at(-1)).toMatchObject({ toStatus: "shipped", by: "organisers" });
    expect(JSON.stringify(view)).not.toContain("user-123");
  });

  it("finds nothing for a malformed, unknown or other-event token", async () => {
    const fixture = await createOrderFixture(db());
    const other = await createOrderFixture(db());
    const placed = await placeOrder({
      db: db(),
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture),
    });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    expect(await getOrderByToken({ db: db(), token: "nope" })).toBeNull();
    expect(await getOrderByToken({ db: db(), token: "A".repeat(43) })).toBeNull();
    expect(
      await getOrderByToken({ db: db(), token: placed.order.token, eventSlug: other.event.slug }),
    ).toBeNull();
    expect(
      await getOrderByToken({ db: db(), token: placed.order.token, eventSlug: fixture.event.slug }),
    ).not.toBeNull();
  });
});

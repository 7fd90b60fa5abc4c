import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { limits } from "@/lib/limits";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { testDb, testDriver } from "@/test/db";
import { cancelOrderAction } from "./actions";

// The request as the server sees it: the peer-address preload's header says who is asking.
const request = vi.hoisted(() => ({ peer: "203.0.113.1", forwardedFor: "" }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ [PEER_ADDRESS_HEADER]: request.peer, "x-forwarded-for": request.forwardedFor }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/** Where the action redirected to (it always ends in a redirect or a 404). */
async function cancel(slug: string, token: string): Promise<string> {
  try {
    await cancelOrderAction(slug, token);
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw error;
  }
  throw new Error("cancelOrderAction neither redirected nor threw");
}

describe(`cancelOrderAction rate limit (${testDriver()})`, () => {
  it("refuses one client's cancellations past the limit with the wait, whatever X-Forwarded-For says", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db, {
      formFields: null,
      items: [{ name: "Sticker", variants: [{ label: "One", stock: 100 }] }],
    });
    request.peer = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const tokens: string[] = [];
    for (let i = 0; i <= limits.cancelsPerClient; i++) {
      const placed = await placeOrder({ db, eventSlug: fixture.event.slug, input: orderInputFor(fixture) });
      if (!placed.ok) throw new Error(placed.code);
      tokens.push(placed.order.token);
    }
    const outcomes = [];
    for (const [i, token] of tokens.entries()) {
      request.forwardedFor = `198.51.100.${i}`;
      outcomes.push(await cancel(fixture.event.slug, token));
    }
    for (const outcome of outcomes.slice(0, -1)) expect(outcome).toMatch(/\?cancel=cancelled$/);
    expect(outcomes.at(-1)).toMatch(
      new RegExp(`^/my-order/${tokens.at(-1)}\\?cancel=rate_limited&retry=\\d+$`),
    );

    // Another client is not held back.
    request.peer = `2001:db8:${randomUUID().slice(0, 4)}::1`;
    expect(await cancel(fixture.event.slug, tokens.at(-1)!)).toMatch(/\?cancel=cancelled$/);
  });
});

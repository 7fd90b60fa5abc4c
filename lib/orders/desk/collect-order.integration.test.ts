import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import {
  collectDeskOrder,
  findDeskOrder,
  searchDeskOrders,
} from "@/app/dashboard/[orgId]/events/[eventId]/desk/actions";
import { events, orders, orderStatusHistory, outboxMessages, type OrderStatus } from "@/db/schema";
import { actAs } from "@/test/authz/current-user";
import { snapshotOrganisations } from "@/test/authz/snapshot";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { placeOrder } from "../place-order";
import { createOrderFixture, orderInputFor, type OrderFixture } from "../test-fixtures";
import { collectOrder } from "./collect-order";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const db = () => testDb();

async function setup() {
  const fixture = await createOrderFixture(db(), {
    maxOrdersPerAttendee: 100,
    referencePrefix: "DSK",
    items: [
      {
        name: "T-shirt",
        maxPerOrder: 3,
        variants: [
          { label: "M", stock: 20 },
          { label: "L", stock: 20 },
        ],
      },
    ],
  });
  const orgId = fixture.event.orgId;
  const desk = await createTestUser(db(), { orgId, role: "desk", name: "Dee Desk" });
  const desk2 = await createTestUser(db(), { orgId, role: "desk", name: "Dan Desk" });
  const organiser = await createTestUser(db(), { orgId, role: "organiser", name: "Olive Organiser" });
  return { fixture, orgId, eventId: fixture.event.id, desk, desk2, organiser };
}

async function place(fixture: OrderFixture, status: OrderStatus = "confirmed", name = "Ada Lovelace") {
  const input = orderInputFor(fixture, {
    name,
    lines: [{ variantId: (fixture.variants[1] ?? fixture.variants[0])!.id, quantity: 2 }],
    answers: { dietary_needs: "Vegan, no nuts" },
  });
  const result = await placeOrder({ db: db(), eventSlug: fixture.event.slug, input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  // Setting up the starting status directly: the walk to it is not what is tested here.
  await db().update(orders).set({ status }).where(eq(orders.id, result.order.id));
  return result.order;
}

const statusOf = async (orderId: string) =>
  (await db().select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.status;

const historyOf = (orderId: string) =>
  db()
    .select({
      from: orderStatusHistory.fromStatus,
      to: orderStatusHistory.toStatus,
      actor: orderStatusHistory.actor,
    })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id));

const statusMails = (eventId: string) =>
  db()
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, eventId), eq(outboxMessages.template, "order-status-changed")));

describe(`the collection desk (${testDriver()})`, () => {
  it("collects a confirmed order in one tap: through the state machine, one email, done by the desk member", async () => {
    const { fixture, orgId, eventId, desk } = await setup();
    const order = await place(fixture, "confirmed");
    actAs(desk);
    const result = await collectDeskOrder({ orgId, eventId, orderId: order.id });
    expect(result).toMatchObject({ ok: true });
    expect(await statusOf(order.id)).toBe("collected");
    const history = (await historyOf(order.id)).filter((h) => h.actor === desk.id);
    expect(history.map((h) => h.to)).toEqual(["sent_to_supplier", "ready_for_pickup", "collected"]);
    const mails = await statusMails(eventId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload).toMatchObject({ toStatus: "collected" });
  });

  it("two desks collecting the same order at once: one succeeds, the other is told it was just collected", async () => {
    const { fixture, orgId, eventId, desk, desk2 } = await setup();
    for (let round = 0; round < 5; round++) {
      const order = await place(fixture, "ready_for_pickup");
      const results = await Promise.all(
        [desk, desk2].map((who) =>
          collectOrder({ db: db(), orgId, eventId, orderId: order.id, actorUserId: who.id }),
        ),
      );
      const won = results.filter((r) => r.ok);
      const lost = results.filter((r) => !r.ok);
      expect(won, JSON.stringify(results)).toHaveLength(1);
      expect(lost[0]).toMatchObject({ ok: false, code: "already_collected" });
      expect(lost[0]!.ok === false && lost[0]!.message).toMatch(/already collected .* by (Dee|Dan) Desk/);
      expect((await historyOf(order.id)).filter((h) => h.to === "collected")).toHaveLength(1);
    }
    expect(await statusMails(eventId)).toHaveLength(5);
  });

  it("warns when the order was already collected, saying when and by whom, and changes nothing", async () => {
    const { fixture, orgId, eventId, desk, organiser } = await setup();
    const order = await place(fixture, "ready_for_pickup");
    actAs(organiser);
    expect(await collectDeskOrder({ orgId, eventId, orderId: order.id })).toMatchObject({ ok: true });
    actAs(desk);
    const before = await snapshotOrganisations(db(), [orgId]);
    const again = await collectDeskOrder({ orgId, eventId, orderId: order.id });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    expect(again.message).toMatch(/already collected .* by Olive Organiser/);
    expect(await snapshotOrganisations(db(), [orgId])).toEqual(before);
    const found = await findDeskOrder({ orgId, eventId, reference: order.reference });
    expect(found.ok && found.data.collected?.by).toBe("Olive Organiser");
  });

  it("refuses cancelled and unconfirmed orders with a clear message, changing nothing", async () => {
    const { fixture, orgId, eventId, desk } = await setup();
    const cancelled = await place(fixture, "cancelled");
    const placed = await place(fixture, "placed");
    actAs(desk);
    const before = await snapshotOrganisations(db(), [orgId]);
    const a = await collectDeskOrder({ orgId, eventId, orderId: cancelled.id });
    expect(a).toMatchObject({ ok: false, code: "conflict" });
    expect(a.message).toMatch(/was cancelled: hand nothing over/);
    const b = await collectDeskOrder({ orgId, eventId, orderId: placed.id });
    expect(b).toMatchObject({ ok: false, code: "conflict" });
    expect(b.message).toMatch(/not confirmed yet/);
    expect(await snapshotOrganisations(db(), [orgId])).toEqual(before);
  });

  it("a reference of another event says which event; a made-up one says so; neither changes anything", async () => {
    const { orgId, eventId, desk } = await setup();
    const other = await createOrderFixture(db(), {
      referencePrefix: "OTH",
      maxOrdersPerAttendee: 5,
      items: [{ name: "Cap", maxPerOrder: 3, variants: [{ label: "One size", stock: 5 }] }],
    });
    await db().update(events).set({ orgId }).where(eq(events.id, other.event.id));
    const foreign = await place(other, "ready_for_pickup");
    actAs(desk);
    const before = await snapshotOrganisations(db(), [orgId]);

    const wrongEvent = await findDeskOrder({ orgId, eventId, reference: foreign.reference.toLowerCase() });
    expect(wrongEvent).toMatchObject({ ok: false, code: "not_found" });
    expect(wrongEvent.message).toContain(`is an order of ${other.event.name}, not of this event`);
    const madeUp = await findDeskOrder({ orgId, eventId, reference: "DSK-ZZZZZZ" });
    expect(madeUp).toMatchObject({ ok: false, code: "not_found" });
    expect(madeUp.message).toContain("No order DSK-ZZZZZZ at this event");
    // The other event's order id sent to this event's desk: not found, not collected.
    const forged = await collectDeskOrder({ orgId, eventId, orderId: foreign.id });
    expect(forged).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshotOrganisations(db(), [orgId])).toEqual(before);
    expect(await statusOf(foreign.id)).toBe("ready_for_pickup");
  });

  it("desk staff see the name and the items only; organisers also see the answers", async () => {
    const { fixture, orgId, eventId, desk, organiser } = await setup();
    const order = await place(fixture, "confirmed", "Grace Hopper");
    actAs(desk);
    const seen = await findDeskOrder({
      orgId,
      eventId,
      reference: ` ${order.reference.toLowerCase().replace("-", " ")} `,
    });
    expect(seen).toMatchObject({
      ok: true,
      data: { reference: order.reference, attendeeName: "Grace Hopper", answers: null },
    });
    expect(seen.ok && seen.data.lines).toEqual([
      { itemName: "T-shirt", variantLabel: "L", singleVariant: false, quantity: 2 },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/Vegan|@example\.com/);
    actAs(organiser);
    const full = await findDeskOrder({ orgId, eventId, reference: order.reference });
    expect(full.ok && full.data.answers).toContainEqual({ label: "Dietary needs", value: "Vegan, no nuts" });
  });

  it("finds orders by part of the name, wildcards typed as letters", async () => {
    const { fixture, orgId, eventId, desk } = await setup();
    await place(fixture, "confirmed", "Katherine Johnson");
    await place(fixture, "confirmed", "Dorothy Vaughan");
    actAs(desk);
    const hits = await searchDeskOrders({ orgId, eventId, name: "kathe" });
    expect(hits.ok && hits.data.map((h) => h.attendeeName)).toEqual(["Katherine Johnson"]);
    const wild = await searchDeskOrders({ orgId, eventId, name: "%%" });
    expect(wild.ok && wild.data).toEqual([]);
    const short = await searchDeskOrders({ orgId, eventId, name: "k" });
    expect(short).toMatchObject({ ok: false, code: "invalid_input" });
  });
});

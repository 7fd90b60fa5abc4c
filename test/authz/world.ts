import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { invitations, orderNotes, stockAdjustments } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { roles, type Role } from "@/lib/auth/permissions";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor, type OrderFixture } from "@/lib/orders/test-fixtures";
import { createTestUser } from "./users";

/**
 * Two organisations with a bit of everything: B is the target (an event with items, stock, a placed order
 * with a note, a pending invitation, a member of every role); A is another organisation whose owner tries to
 * reach B's data. The attendee's personal data is recognisable so a test can search any output for it.
 */
export interface World {
  a: { orgId: string; owner: CurrentUser; fixture: OrderFixture };
  b: {
    orgId: string;
    fixture: OrderFixture;
    eventId: string;
    itemId: string;
    variantId: string;
    orderId: string;
    orderReference: string;
    invitationId: string;
    members: Record<Role, CurrentUser>;
  };
  /** Strings that must never reach a marketer or a viewer. */
  personalData: string[];
}

export async function createWorld(db: Db): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const fixtureB = await createOrderFixture(db, {
    items: [
      {
        name: "T-shirt",
        maxPerOrder: 2,
        variants: [
          { label: "M", stock: 10 },
          { label: "L", stock: 5 },
        ],
      },
    ],
  });
  const fixtureA = await createOrderFixture(db);
  const orgB = fixtureB.event.orgId;
  const members = {} as Record<Role, CurrentUser>;
  for (const role of roles)
    members[role] = await createTestUser(db, { orgId: orgB, role, name: `B ${role}` });
  const ownerA = await createTestUser(db, { orgId: fixtureA.event.orgId, role: "owner", name: "A owner" });

  const attendeeName = `Grace Hopper ${tag}`;
  const attendeeEmail = `grace-${tag}@example.com`;
  const dietary = `no-shellfish-${tag}`;
  const placed = await placeOrder({
    db,
    eventSlug: fixtureB.event.slug,
    input: orderInputFor(fixtureB, {
      name: attendeeName,
      email: attendeeEmail,
      answers: { dietary_needs: dietary },
    }),
  });
  if (!placed.ok) throw new Error(`world: order not placed: ${placed.message}`);
  await db
    .insert(orderNotes)
    .values({ orderId: placed.order.id, authorUserId: members.owner.id, body: "Left a note" });
  await db.insert(stockAdjustments).values({
    variantId: fixtureB.variants[0]!.id,
    delta: 0,
    stockAfter: 9,
    reason: "world",
    actorUserId: members.owner.id,
  });
  const [invitation] = await db
    .insert(invitations)
    .values({
      orgId: orgB,
      email: `invitee-${tag}@example.com`,
      role: "viewer",
      tokenHash: `world-${randomUUID()}`,
      invitedByUserId: members.owner.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();

  return {
    a: { orgId: fixtureA.event.orgId, owner: ownerA, fixture: fixtureA },
    b: {
      orgId: orgB,
      fixture: fixtureB,
      eventId: fixtureB.event.id,
      itemId: fixtureB.items[0]!.id,
      variantId: fixtureB.variants[0]!.id,
      orderId: placed.order.id,
      orderReference: placed.order.reference,
      invitationId: invitation!.id,
      members,
    },
    personalData: [attendeeName, attendeeEmail, dietary, `grace-${tag}`],
  };
}

/** The ids of B's records (not its organisation id) that a sample may carry. */
export function recordIdsOfB(world: World): string[] {
  const { eventId, itemId, variantId, orderId, invitationId, fixture } = world.b;
  return [
    eventId,
    itemId,
    variantId,
    orderId,
    invitationId,
    ...fixture.variants.map((v) => v.id),
    ...Object.values(world.b.members).map((m) => m.id),
  ];
}

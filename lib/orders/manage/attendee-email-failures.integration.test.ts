import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { outboxMessages } from "@/db/schema";
import { recordDeliveryReport } from "@/lib/mail/delivery-reports";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { failedAttendeeEmails } from "./attendee-email-failures";

describe(`an attendee's email that did not arrive (${testDriver()})`, () => {
  test("a bounced confirmation is listed on its order only, in the team's words, without the address", async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const place = async (name: string) => {
      const placed = await placeOrder({
        db,
        eventSlug: fixture.event.slug,
        input: orderInputFor(fixture, { name }),
      });
      if (!placed.ok) throw new Error(placed.message);
      const [mail] = await db
        .select()
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.template, "order-confirmation"),
            sql`${outboxMessages.payload} #>> '{order,orderId}' = ${placed.order.id}`,
          ),
        );
      const providerMessageId = `re_${randomUUID()}`;
      await db
        .update(outboxMessages)
        .set({ status: "sent", providerMessageId })
        .where(eq(outboxMessages.id, mail!.id));
      return { orderId: placed.order.id, providerMessageId };
    };
    const bounced = await place("Grace Hopper");
    const delivered = await place("Alan Turing");
    const failed = (orderId: string) => failedAttendeeEmails({ db, eventId: fixture.event.id, orderId });
    expect(await failed(bounced.orderId)).toEqual([]);

    await recordDeliveryReport({
      db,
      report: {
        status: "bounced",
        providerMessageId: bounced.providerMessageId,
        occurredAt: new Date(),
        detail: "Permanent/General: mailbox does not exist",
      },
    });
    await recordDeliveryReport({
      db,
      report: {
        status: "delivered",
        providerMessageId: delivered.providerMessageId,
        occurredAt: new Date(),
        detail: null,
      },
    });

    expect(await failed(bounced.orderId)).toEqual([
      { email: "order confirmation", label: "bounced: Permanent/General: mailbox does not exist" },
    ]);
    expect(JSON.stringify(await failed(bounced.orderId))).not.toContain("@");
    expect(await failed(delivered.orderId)).toEqual([]);
    // Another event's id finds nothing, even with the right order id.
    const other = await createOrderFixture(db);
    expect(await failedAttendeeEmails({ db, eventId: other.event.id, orderId: bounced.orderId })).toEqual([]);
  });
});

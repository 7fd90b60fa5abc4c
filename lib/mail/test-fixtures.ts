import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, outboxMessages } from "@/db/schema";
import { createTestOrg, uniqueSlug } from "@/test/db";
import type { MessagePayload } from "@/emails/messages";
import { enqueueEmail } from "./outbox";

/**
 * Fixtures for the mail integration tests: an event of their own (the dispatcher is scoped to it, so test
 * files running in parallel on one database never take each other's messages) and queued emails.
 */
export async function createMailTestEvent(db: Db) {
  const org = await createTestOrg(db);
  const slug = uniqueSlug("mail");
  const [event] = await db
    .insert(events)
    .values({ orgId: org.id, slug, name: "DevConf", referencePrefix: "DEV" })
    .returning();
  if (!event) throw new Error("could not create a test event");
  return event;
}

function confirmationPayload(
  eventSlug: string,
  reference = "DEV-7K3M9Q",
): MessagePayload<"order-confirmation"> {
  return {
    branding: {
      eventName: "DevConf",
      eventSlug,
      primaryColor: "#0f766e",
      accentColor: "#f59e0b",
      logoUrl: null,
    },
    order: {
      orderId: randomUUID(),
      reference,
      attendeeName: "Ada Lovelace",
      lines: [{ itemName: "T-shirt", variantLabel: "M", quantity: 1, unitPriceMinor: 0 }],
      totalMinor: 0,
      currency: "EUR",
      answers: [{ label: "Company", value: "Analytical Engines" }],
    },
    pickupInfo: "Registration desk",
  };
}

export async function enqueueConfirmations(
  db: Db,
  event: { id: string; slug: string },
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      await enqueueEmail(db, {
        eventId: event.id,
        template: "order-confirmation",
        to: `attendee-${i}@example.com`,
        payload: confirmationPayload(event.slug, `DEV-${String(i).padStart(6, "0")}`),
      }),
    );
  }
  return ids;
}

export async function outboxRow(db: Db, id: string) {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  if (!row) throw new Error(`outbox message ${id} not found`);
  return row;
}

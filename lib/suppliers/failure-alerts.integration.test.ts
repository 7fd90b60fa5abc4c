import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { outboxMessages } from "@/db/schema";
import { renderMessage } from "@/lib/mail/render";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { failedSupplierEmailCount } from "./failure-alerts";
import { dispatchHistory } from "./preview";
import { sweepSupplierBatches } from "./sweep";
import { supplierWorld } from "./test-setup";

describe(`a refused supplier email (${testDriver()})`, () => {
  test("shows as failed, alerts the owners and organisers once, and blocks no other supplier", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const owner = await createTestUser(db, { orgId: w.orgId, role: "owner" });
    const desk = await createTestUser(db, { orgId: w.orgId, role: "desk" });
    const refused = await w.addSupplier({ name: "Bounce Print" });
    const fine = await w.addSupplier({ name: "Fine Stickers" });
    await w.assign(refused, w.tshirt.id, ["attendee.name"]);
    await w.assign(fine, w.sticker.id, []);
    await w.orderAndConfirm({ name: "Katherine Johnson" });

    const [bad] = await w.supplierMessages(refused);
    const [good] = await w.supplierMessages(fine);
    // What the dispatcher does when the provider refuses for good (a 4xx): the message is dead, not retried.
    await db
      .update(outboxMessages)
      .set({ status: "dead", lastError: "422 invalid recipient" })
      .where(eq(outboxMessages.id, bad!.id));

    // Two sweeps at once (two cron instances): the alert goes out once per team member.
    await Promise.all([sweepSupplierBatches({ db }), sweepSupplierBatches({ db })]);
    await sweepSupplierBatches({ db });

    const alerts = await db
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.eventId, w.eventId), eq(outboxMessages.template, "supplier-email-failed")),
      );
    expect(alerts.map((a) => a.toAddress).sort()).toEqual([owner.email, w.organiser.email].sort());
    expect(alerts.map((a) => a.toAddress)).not.toContain(desk.email);

    const mail = await renderMessage(alerts[0]!);
    expect(mail.subject).toBe(`Not delivered: email to Bounce Print for ${w.fixture.event.name}`);
    expect(mail.text).toContain("bounce-print@supplier.example");
    expect(mail.text).toContain(`/dashboard/${w.orgId}/events/${w.eventId}/suppliers`);
    expect(mail.html).not.toContain("Katherine Johnson");

    // The other supplier's email is still on its way; the history says which one failed.
    const [still] = await db
      .select()
      .from(outboxMessages)
      .where(inArray(outboxMessages.id, [good!.id]));
    expect(still!.status).toBe("pending");
    const history = await dispatchHistory({ db, eventId: w.eventId });
    const bySupplier = Object.fromEntries(
      history.map((h) => [h.supplierName, h.deliveries.map((d) => d.status)]),
    );
    expect(bySupplier).toEqual({ "Bounce Print": ["dead"], "Fine Stickers": ["pending"] });
    expect(await failedSupplierEmailCount({ db, eventId: w.eventId })).toBe(1);
  });
});

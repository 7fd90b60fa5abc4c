import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { supplierDispatches, supplierDispatchLines } from "@/db/schema";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import {
  resendDispatchAction,
  sendSupplierBatchAction,
} from "@/app/dashboard/[orgId]/events/[eventId]/suppliers/actions";
import { loadSupplierPreview } from "@/app/dashboard/[orgId]/events/[eventId]/suppliers/loaders";
import { supplierWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

describe(`event suppliers tab (${testDriver()})`, () => {
  test("Send now: a repeated press with the same key is one batch; an immediate supplier has no batch", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const batch = await w.addBatchSupplier("Desk");
    const immediate = await w.addSupplier({ name: "Fast" });
    await w.assign(batch, w.tshirt.id);
    await w.orderAndConfirm();
    actAs(w.organiser);
    const key = randomUUID();
    const press = () =>
      sendSupplierBatchAction({
        orgId: w.orgId,
        eventId: w.eventId,
        supplierId: batch.id,
        idempotencyKey: key,
      });
    const [a, b] = await Promise.all([press(), press()]);
    expect([a, b].map((r) => r.ok)).toEqual([true, true]);
    expect([a.message, b.message].sort()).toEqual([
      "Nothing new to send to Desk: every confirmed order was already sent.",
      "Sent 1 order (1 line) to Desk.",
    ]);
    expect(
      await db.select().from(supplierDispatches).where(eq(supplierDispatches.supplierId, batch.id)),
    ).toHaveLength(1);

    const refused = await sendSupplierBatchAction({
      orgId: w.orgId,
      eventId: w.eventId,
      supplierId: immediate.id,
      idempotencyKey: randomUUID(),
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      message: "Fast receives each order immediately; there is no batch to send.",
    });
  });

  test("resend queues the same email again and never changes what the dispatch covered", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const batch = await w.addBatchSupplier("Again");
    await w.assign(batch, w.tshirt.id);
    await w.orderAndConfirm();
    actAs(w.organiser);
    await sendSupplierBatchAction({
      orgId: w.orgId,
      eventId: w.eventId,
      supplierId: batch.id,
      idempotencyKey: randomUUID(),
    });
    const [dispatch] = await db
      .select()
      .from(supplierDispatches)
      .where(eq(supplierDispatches.supplierId, batch.id));
    const linesBefore = await db
      .select()
      .from(supplierDispatchLines)
      .where(eq(supplierDispatchLines.dispatchId, dispatch!.id));

    const result = await resendDispatchAction({
      orgId: w.orgId,
      eventId: w.eventId,
      dispatchId: dispatch!.id,
    });
    expect(result).toMatchObject({ ok: true, message: "Sent again to Again (1 address)." });
    const messages = await w.supplierMessages(batch);
    expect(messages).toHaveLength(2);
    expect(messages[1]!.payload).toEqual(messages[0]!.payload);
    expect(
      await db.select().from(supplierDispatchLines).where(eq(supplierDispatchLines.dispatchId, dispatch!.id)),
    ).toEqual(linesBefore);
    // Another event's id with this dispatch: not found, nothing queued.
    const foreign = await resendDispatchAction({
      orgId: w.orgId,
      eventId: randomUUID(),
      dispatchId: dispatch!.id,
    });
    expect(foreign).toMatchObject({ ok: false });
    expect(await w.supplierMessages(batch)).toHaveLength(2);
  });

  test("the preview is the email that would be sent, with only the shared fields", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const batch = await w.addBatchSupplier("Preview Co");
    await w.assign(batch, w.tshirt.id, ["attendee.name"]);
    actAs(w.organiser);
    const empty = await loadSupplierPreview({ orgId: w.orgId, eventId: w.eventId, supplierId: batch.id });
    expect(empty.preview.email).toBeNull();

    await w.orderAndConfirm({ name: "Hedy Lamarr" });
    const { preview } = await loadSupplierPreview({
      orgId: w.orgId,
      eventId: w.eventId,
      supplierId: batch.id,
    });
    expect(preview.email?.subject).toBe(`${w.fixture.event.name}: 1 order to fulfil`);
    expect(preview.csv).toContain("Hedy Lamarr");
    expect(JSON.stringify(preview)).not.toContain("no-shellfish-secret");
    expect(JSON.stringify(preview)).not.toContain("Sticker");
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { orders } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { supplierProgress } from "./supplier-progress";
import { supplierWorld } from "./test-setup";

describe(`the overview's lines per supplier and status (${testDriver()})`, () => {
  test("counts waiting, dispatched, shipped and collected lines per supplier; cancelled orders not at all", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const shirts = await w.addSupplier({ name: "A Shirts" }); // immediate: dispatched when confirmed
    const stickers = await w.addBatchSupplier("B Stickers"); // batch: waits until a list goes out
    await w.assign(shirts, w.tshirt.id);
    await w.assign(stickers, w.sticker.id);

    const set = (id: string, status: "shipped" | "collected" | "cancelled") =>
      db.update(orders).set({ status }).where(eq(orders.id, id));
    await w.orderAndConfirm(); // 1 shirt line dispatched, 1 sticker line waiting
    await set((await w.orderAndConfirm()).id, "shipped");
    await set((await w.orderAndConfirm()).id, "collected");
    await set((await w.orderAndConfirm()).id, "cancelled");

    expect(await supplierProgress({ db, eventId: w.eventId })).toEqual([
      {
        supplierId: shirts.id,
        supplierName: "A Shirts",
        waiting: 0,
        dispatched: 1,
        shipped: 1,
        collected: 1,
      },
      {
        supplierId: stickers.id,
        supplierName: "B Stickers",
        waiting: 1,
        dispatched: 0,
        shipped: 1,
        collected: 1,
      },
    ]);

    await w.sendBatchNow(stickers);
    const after = await supplierProgress({ db, eventId: w.eventId });
    expect(after.find((r) => r.supplierName === "B Stickers")).toMatchObject({ waiting: 0, dispatched: 1 });
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { supplierLinks } from "@/db/schema";
import { GET } from "@/app/supplier/[token]/csv/route";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { testDb, testDriver } from "@/test/db";
import { supplierLinkToken } from "./supplier-link";
import { supplierCsvRateKey } from "./supplier-list-csv";
import { supplierWorld } from "./test-setup";

const download = (token: string) =>
  GET(new Request(`http://localhost:3000/supplier/${token}/csv`), { params: Promise.resolve({ token }) });

describe(`the supplier's CSV download (${testDriver()})`, () => {
  test("holds the supplier's lines with only the shared fields, in the batch CSV's columns", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const printer = await w.addSupplier({ name: "CSV Print" });
    await w.assign(printer, w.tshirt.id, ["attendee.name"]);
    const order = await w.orderAndConfirm({ name: "Mary Jackson" });
    const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, printer.id));
    const response = await download(supplierLinkToken(link!.id));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename=".*-csv-print-orders\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csv = await response.text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe("Order,Placed,Item,Variant,Quantity,Name");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${order.reference},.*,T-shirt,M,1,Mary Jackson$`));
    // Unshared: the email, the dietary needs (personal), the phone, and the sticker another party supplies.
    for (const unshared of ["@example.com", "no-shellfish-secret", "+31 6", "Sticker"]) {
      expect(csv).not.toContain(unshared);
    }
  });

  test("tampered, unknown, revoked links are a bare 404; too many downloads a 429", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const s = await w.addSupplier({ name: "CSV Gone" });
    await w.assign(s, w.tshirt.id, ["attendee.name"]);
    await w.orderAndConfirm();
    const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, s.id));
    const token = supplierLinkToken(link!.id);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "x".repeat(43), "..%2F..%2Fdashboard"]) {
      const response = await download(bad);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not found");
    }

    // Used up by earlier downloads through this link: refused before anything is read.
    const { limit } = ratePolicy("supplierMarkPerLink");
    for (let i = 0; i < limit; i++) {
      await consumeRateLimit(db, { key: supplierCsvRateKey(token), ...ratePolicy("supplierMarkPerLink") });
    }
    const limited = await download(token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    await db.update(supplierLinks).set({ revokedAt: new Date() }).where(eq(supplierLinks.id, link!.id));
    const other = await w.addSupplier({ name: "CSV Other" });
    await w.assign(other, w.sticker.id, []);
    await w.orderAndConfirm();
    const [otherLink] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, other.id));
    await db.update(supplierLinks).set({ revokedAt: new Date() }).where(eq(supplierLinks.id, otherLink!.id));
    expect((await download(supplierLinkToken(otherLink!.id))).status).toBe(404);
  });
});

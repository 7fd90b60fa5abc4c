import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { dispatchOutbox } from "@/lib/mail/dispatcher";
import { createResendTransport } from "@/lib/mail/resend-transport";
import { testDb, testDriver } from "@/test/db";
import { startResendStandIn } from "@/test/resend-stand-in";
import { supplierWorld } from "./test-setup";

let standIn: Awaited<ReturnType<typeof startResendStandIn>>;

beforeEach(async () => {
  standIn = await startResendStandIn();
  vi.stubEnv("RESEND_BASE_URL", standIn.url);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await standIn.close();
});

describe(`a batch list through the real resend SDK (${testDriver()})`, () => {
  test("carries the CSV as an attachment, keyed by the outbox message id", async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const warehouse = await w.addBatchSupplier("Resend Warehouse");
    await w.assign(warehouse, w.tshirt.id, ["attendee.name"]);
    const order = await w.orderAndConfirm({ name: "Katherine Johnson" });
    await w.sendBatchNow(warehouse);
    const [message] = await w.supplierMessages(warehouse);

    await dispatchOutbox({
      db,
      transport: createResendTransport({ apiKey: "re_test_key" }),
      eventId: w.eventId,
    });

    const sent = standIn.delivered.find((d) => d.idempotencyKey === message!.id);
    const body = sent?.body as {
      to: string[] | string;
      attachments?: { filename: string; content: string }[];
    };
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments![0]!.filename).toBe(`${w.fixture.event.slug}-orders.csv`);
    const csv = Buffer.from(body.attachments![0]!.content, "base64").toString("utf8");
    expect(csv).toContain(`${order.reference},`);
    expect(csv).toContain("Katherine Johnson");
  });
});

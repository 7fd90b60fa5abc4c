import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { outboxMessages } from "@/db/schema";
import { registry } from "@/lib/observability/metrics";
import { failedSupplierEmailCount } from "@/lib/suppliers/failure-alerts";
import { dispatchHistory } from "@/lib/suppliers/preview";
import { sweepSupplierBatches } from "@/lib/suppliers/sweep";
import { supplierWorld } from "@/lib/suppliers/test-setup";
import { createTestUser } from "@/test/authz/users";
import { testDb, testDriver } from "@/test/db";
import { deliveryLabel } from "@/lib/mail/delivery-label";
import { renderMessage } from "@/lib/mail/render";

/**
 * Resend's delivery webhooks end to end, through the route handler itself: signed with the Standard
 * Webhooks library and a test secret exactly as Resend (Svix) signs them.
 */
const SECRET = `whsec_${randomBytes(24).toString("base64")}`;
const URL = "http://localhost:3000/api/webhooks/resend";

type Post = (request: Request) => Promise<Response>;
let POST: Post;

async function loadRoute(vars: Record<string, string | undefined>): Promise<Post> {
  vi.resetModules(); // env() is parsed once per module graph
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  const mod = await import("./route");
  return (request) => mod.POST(request, { params: Promise.resolve({}) });
}

beforeAll(async () => {
  POST = await loadRoute({ RESEND_WEBHOOK_SECRET: SECRET });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function bounceEvent(emailId: string, type = "email.bounced") {
  return {
    type,
    created_at: new Date().toISOString(),
    data: {
      created_at: new Date().toISOString(),
      email_id: emailId,
      from: "Swagstand <orders@swagstand.app>",
      to: ["bounce-print@supplier.example"],
      subject: "New order",
      bounce: {
        type: "Permanent",
        subType: "General",
        message: "550 5.1.1 <bounce-print@supplier.example>: Recipient address rejected: User unknown",
      },
    },
  };
}

function signed(
  body: string,
  {
    id = `msg_${randomUUID()}`,
    at = new Date(),
    secret = SECRET,
    prefix = "svix-",
  }: { id?: string; at?: Date; secret?: string; prefix?: "svix-" | "webhook-" } = {},
): Request {
  return new Request(URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [`${prefix}id`]: id,
      [`${prefix}timestamp`]: String(Math.floor(at.getTime() / 1000)),
      [`${prefix}signature`]: new Webhook(secret).sign(id, at, body),
    },
    body,
  });
}

async function post(request: Request) {
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function reportsCounted(type: string): Promise<number> {
  const metric = await registry.getSingleMetric("swagstand_email_delivery_reports_total")!.get();
  return metric.values.find((v) => v.labels.type === type)?.value ?? 0;
}

/** A world with two suppliers whose emails the provider accepted (as the dispatcher records a send). */
async function sentSupplierEmails() {
  const db = testDb();
  const w = await supplierWorld(db);
  const owner = await createTestUser(db, { orgId: w.orgId, role: "owner" });
  const bouncing = await w.addSupplier({ name: "Bounce Print" });
  const fine = await w.addSupplier({ name: "Fine Stickers" });
  await w.assign(bouncing, w.tshirt.id, ["attendee.name"]);
  await w.assign(fine, w.sticker.id, []);
  await w.orderAndConfirm({ name: "Katherine Johnson" });
  const [bad] = await w.supplierMessages(bouncing);
  const [good] = await w.supplierMessages(fine);
  const ids = { bad: `re_${randomUUID()}`, good: `re_${randomUUID()}` };
  for (const [row, providerMessageId] of [
    [bad!, ids.bad],
    [good!, ids.good],
  ] as const) {
    await db
      .update(outboxMessages)
      .set({ status: "sent", sentAt: new Date(), providerMessageId })
      .where(eq(outboxMessages.id, row.id));
  }
  const row = async (providerMessageId: string) =>
    (
      await db.select().from(outboxMessages).where(eq(outboxMessages.providerMessageId, providerMessageId))
    )[0]!;
  const alerts = () =>
    db
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.eventId, w.eventId), eq(outboxMessages.template, "supplier-email-failed")),
      );
  return { db, w, owner, ids, row, alerts };
}

describe(`Resend delivery webhooks (${testDriver()})`, () => {
  test("a bounce marks the supplier email failed, alerts the team once, and a redelivery changes nothing", async () => {
    const { db, w, owner, ids, row, alerts } = await sentSupplierEmails();
    const countedBefore = await reportsCounted("bounced");

    const body = JSON.stringify(bounceEvent(ids.bad));
    const id = `msg_${randomUUID()}`;
    expect(await post(signed(body, { id }))).toEqual({ status: 200, body: { result: "recorded" } });
    expect(await reportsCounted("bounced")).toBe(countedBefore + 1);

    const bounced = await row(ids.bad);
    expect(bounced).toMatchObject({ status: "sent", deliveryStatus: "bounced" });
    expect(bounced.deliveryDetail).toBe(
      "Permanent/General: 550 5.1.1 <[address]>: Recipient address rejected: User unknown",
    );
    expect(bounced.deliveryDetail).not.toContain("supplier.example");

    // The other supplier's email was delivered: shown, and not failed.
    const delivered = JSON.stringify({ ...bounceEvent(ids.good, "email.delivered") });
    expect((await post(signed(delivered, { prefix: "webhook-" }))).status).toBe(200);

    const history = await dispatchHistory({ db, eventId: w.eventId });
    const labels = Object.fromEntries(history.map((h) => [h.supplierName, h.deliveries.map(deliveryLabel)]));
    expect(labels).toEqual({
      "Bounce Print": [
        "bounced: Permanent/General: 550 5.1.1 <[address]>: Recipient address rejected: User unknown",
      ],
      "Fine Stickers": ["delivered"],
    });
    expect(await failedSupplierEmailCount({ db, eventId: w.eventId })).toBe(1);

    // Two sweeps at once, then another: one alert per owner/organiser, naming the bounce.
    await Promise.all([sweepSupplierBatches({ db }), sweepSupplierBatches({ db })]);
    await sweepSupplierBatches({ db });
    const sent = await alerts();
    expect(sent.map((a) => a.toAddress).sort()).toEqual([owner.email, w.organiser.email].sort());
    expect(sent[0]!.payload).toMatchObject({
      failedMessageId: bounced.id,
      reason: expect.stringMatching(/^bounced: Permanent\/General/),
    });
    const mail = await renderMessage(sent[0]!);
    expect(mail.subject).toBe(`Not delivered: email to Bounce Print for ${w.fixture.event.name}`);
    expect(mail.text).toContain("was not delivered (bounced: Permanent/General: 550 5.1.1 <[address]>");

    // Resend redelivers the same event (same id and body, new timestamp and signature): nothing changes.
    expect(await post(signed(body, { id }))).toEqual({ status: 200, body: { result: "unchanged" } });
    expect(await row(ids.bad)).toEqual(bounced);
    await sweepSupplierBatches({ db });
    expect(await alerts()).toHaveLength(2);
  });

  test("bounced and complained are final; a late delayed never hides delivered", async () => {
    const { ids, row } = await sentSupplierEmails();
    const send = (type: string, emailId: string, createdAt: string) =>
      post(signed(JSON.stringify({ ...bounceEvent(emailId, type), created_at: createdAt })));

    await send("email.delivered", ids.bad, "2026-01-01T10:00:00Z");
    await send("email.bounced", ids.bad, "2026-01-01T10:05:00Z");
    const bounced = await row(ids.bad);
    expect(bounced.deliveryStatus).toBe("bounced");
    for (const late of ["email.delivered", "email.delivery_delayed", "email.complained"]) {
      expect(await send(late, ids.bad, "2026-01-01T11:00:00Z")).toEqual({
        status: 200,
        body: { result: "unchanged" },
      });
    }
    expect(await row(ids.bad)).toEqual(bounced);

    await send("email.delivered", ids.good, "2026-01-01T10:00:00Z");
    await send("email.delivery_delayed", ids.good, "2026-01-01T09:00:00Z");
    expect(await row(ids.good)).toMatchObject({
      deliveryStatus: "delivered",
      deliveryStatusAt: new Date("2026-01-01T10:00:00Z"),
    });
    await send("email.complained", ids.good, "2026-01-02T10:00:00Z");
    expect(await row(ids.good)).toMatchObject({
      deliveryStatus: "complained",
      deliveryDetail: "marked as spam by the recipient",
    });
  });

  test("refuses a bad signature, a stale timestamp, a wrong or oversize body, and changes nothing", async () => {
    const { ids, row } = await sentSupplierEmails();
    const before = await row(ids.bad);
    const body = JSON.stringify(bounceEvent(ids.bad));
    const other = `whsec_${randomBytes(24).toString("base64")}`;

    expect((await post(signed(body, { secret: other }))).status).toBe(401);
    expect(
      (
        await post(
          new Request(URL, { method: "POST", body, headers: { "content-type": "application/json" } }),
        )
      ).status,
    ).toBe(401);
    const stale = new Date(Date.now() - 10 * 60_000);
    expect((await post(signed(body, { at: stale }))).status).toBe(401);
    // Signed for one body, sent with another.
    const tampered = signed(body);
    const swapped = new Request(tampered, { body: body.replace("email.bounced", "email.delivered") });
    expect((await post(swapped)).status).toBe(401);

    expect((await post(signed("not json"))).status).toBe(400);
    expect((await post(signed(JSON.stringify({ hello: "world" })))).status).toBe(400);
    const noEmailId = JSON.stringify({ type: "email.bounced", data: { bounce: { type: "Permanent" } } });
    expect(await post(signed(noEmailId))).toMatchObject({ status: 400, body: { error: "invalid_body" } });

    const padded = JSON.stringify({ ...bounceEvent(ids.bad), padding: "x".repeat(70_000) });
    expect((await POST(signed(padded))).status).toBe(413);
    const declared = signed(padded);
    declared.headers.set("content-length", String(padded.length));
    expect((await POST(declared)).status).toBe(413);

    expect(await row(ids.bad)).toEqual(before);
  });

  test("acknowledges events it does not record and emails it did not send", async () => {
    expect(await post(signed(JSON.stringify(bounceEvent(`re_${randomUUID()}`))))).toEqual({
      status: 200,
      body: { result: "unknown_message" },
    });
    const opened = JSON.stringify({ type: "email.opened", data: { email_id: "x" } });
    expect(await post(signed(opened))).toEqual({ status: 200, body: { result: "ignored" } });
  });

  test("answers 503 while RESEND_WEBHOOK_SECRET is not configured", async () => {
    const unconfigured = await loadRoute({ RESEND_WEBHOOK_SECRET: undefined });
    const response = await unconfigured(signed(JSON.stringify(bounceEvent("re_x"))));
    expect(response.status).toBe(503);
  });
});

import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { events, sessions, supplierLinks, verificationTokens } from "@/db/schema";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { newBlobKey } from "@/lib/storage/keys";
import { createLocalStorage } from "@/lib/storage/local";
import { testDb } from "./db";
import { actAs } from "./authz/current-user";
import { routeHandlerKeys } from "./authz/inventory";
import { navigationOf } from "./authz/outcome";
import { createWorld } from "./authz/world";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { placeOrder } from "@/lib/orders/place-order";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { supplierLinkToken } from "@/lib/suppliers/supplier-link";
import { supplierWorld } from "@/lib/suppliers/test-setup";

vi.mock("@/lib/auth/current-user", () => import("./authz/current-user"));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  // The data cache needs Next's server; here every cached read goes to the database.
  unstable_cache: <F>(fn: F) => fn,
}));
// connection() marks a route dynamic and needs Next's request scope, which a direct call does not have.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

// The cron route would dispatch every due message of the shared test database (other files' too): what is
// under test here is who may start it, so the dispatcher only counts the rounds it was asked for.
const dispatcher = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/mail/dispatcher", () => ({
  dispatchOutbox: async () => {
    dispatcher.calls += 1;
    return { claimed: 0, sent: 0, retried: 0, dead: 0 };
  },
}));

// Likewise retention would erase every due event of the shared database: only the calls are counted.
const retention = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/privacy/retention", () => ({
  runRetention: async () => {
    retention.calls += 1;
    return { events: 0, orders: 0 };
  },
}));

// Blobs are served from a local store in a temporary directory (the route reads the configured storage).
const store = vi.hoisted(() => ({ storage: undefined as StorageAdapter | undefined, dir: "" }));
vi.mock("@/lib/storage", () => ({
  getStorage: () => {
    if (!store.storage) throw new Error("no storage configured for this test");
    return store.storage;
  },
}));

afterEach(() => {
  vi.unstubAllEnvs();
  actAs(null);
});
afterAll(async () => {
  if (store.dir) await rm(store.dir, { recursive: true, force: true });
});

/**
 * Every route handler under app/ (app/api and app/**\/route.ts) with its access rule: what it must refuse,
 * and the request that must really succeed. Routes reading the environment are loaded afresh per case with
 * their own variables (env() is parsed once per module graph). A route.ts method missing from this table
 * fails the inventory test.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

async function load(file: string, method: string, vars?: Record<string, string | undefined>) {
  // Loaded afresh only when the route needs its own environment.
  if (vars) vi.resetModules();
  for (const [key, value] of Object.entries(vars ?? {})) vi.stubEnv(key, value);
  const mod = (await import(/* @vite-ignore */ path.join(import.meta.dirname, "..", file))) as Record<
    string,
    Handler
  >;
  return mod[method]!;
}

/** The response, or what Next would make of a redirect() or notFound() thrown by the handler. */
async function respond(handler: Handler, request: Request, params: Record<string, unknown> = {}) {
  try {
    return await handler(request, { params: Promise.resolve(params) });
  } catch (error) {
    const navigation = navigationOf(error);
    if (navigation?.kind === "404") return new Response(null, { status: 404 });
    if (navigation?.kind === "redirect") {
      return new Response(null, { status: 307, headers: { location: navigation.to } });
    }
    throw error;
  }
}

const base = "http://localhost:3000";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const cases: Record<string, () => Promise<void>> = {
  /** Public by design (liveness probes): answers without touching the database or revealing anything. */
  "app/api/health/route.ts#GET": async () => {
    const GET = await load("app/api/health/route.ts", "GET");
    const response = await respond(GET, new Request(`${base}/api/health`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  },

  /** Public by design (load balancers): says ready or not, never why. */
  "app/api/ready/route.ts#GET": async () => {
    testDb();
    const GET = await load("app/api/ready/route.ts", "GET");
    const response = await respond(GET, new Request(`${base}/api/ready`));
    expect(response.status).toBe(200);
    // The global maintenance mode is reported (ADR 027); the shared row stays "off" in tests.
    expect(await response.json()).toEqual({ status: "ready", maintenance: "off" });
  },

  /**
   * Public by design (the closed gate in middleware.ts asks it, ADR 027): an event's effective mode and the
   * message its attendees read anyway. A draft event's own setting is not revealed: it gets the global mode.
   */
  "app/api/maintenance/[slug]/route.ts#GET": async () => {
    const db = testDb();
    const published = await createOrderFixture(db);
    await db
      .update(events)
      .set({ maintenanceMode: "closed", maintenanceMessage: "Back at noon" })
      .where(eq(events.id, published.event.id));
    const GET = await load("app/api/maintenance/[slug]/route.ts", "GET");
    const ask = (slug: string) => respond(GET, new Request(`${base}/api/maintenance/${slug}`), { slug });
    const open = await ask(published.event.slug);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ mode: "closed", message: "Back at noon" });

    const draft = await createOrderFixture(db);
    await db
      .update(events)
      .set({ status: "draft", maintenanceMode: "closed", maintenanceMessage: "secret" })
      .where(eq(events.id, draft.event.id));
    expect(await (await ask(draft.event.slug)).json()).toEqual({ mode: "off", message: "" });
    expect(await (await ask("../../etc")).json()).toEqual({ mode: "off" });
  },

  /** Public by design (the closed answer, ADR 027): a 503 with Retry-After and the event's message. */
  "app/s/[slug]/maintenance/route.ts#GET": async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    await db
      .update(events)
      .set({ maintenanceMode: "closed", maintenanceMessage: "Closed <b>for</b> stocktake" })
      .where(eq(events.id, fixture.event.id));
    const GET = await load("app/s/[slug]/maintenance/route.ts", "GET");
    const slug = fixture.event.slug;
    const response = await respond(GET, new Request(`${base}/s/${slug}/maintenance`), { slug });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await response.text();
    expect(html).toContain("Closed &#60;b&#62;for&#60;/b&#62; stocktake"); // escaped, never markup
  },
  /**
   * Public by design (ADR 027 addendum): a closed event's server-action POSTs. A fetched action gets the
   * message as plain text, a native post the branded page; both 503 and nothing runs.
   */
  "app/s/[slug]/maintenance/route.ts#POST": async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    await db
      .update(events)
      .set({ maintenanceMode: "closed", maintenanceMessage: "Closed for stocktake" })
      .where(eq(events.id, fixture.event.id));
    const POST = await load("app/s/[slug]/maintenance/route.ts", "POST");
    const slug = fixture.event.slug;
    const url = `${base}/s/${slug}/maintenance`;
    const fetched = await respond(
      POST,
      new Request(url, { method: "POST", headers: { "next-action": "0123abcd" }, body: "[]" }),
      { slug },
    );
    expect(fetched.status).toBe(503);
    expect(fetched.headers.get("content-type")).toBe("text/plain");
    expect(await fetched.text()).toContain("Closed for stocktake Nothing was recorded.");
    const native = await respond(POST, new Request(url, { method: "POST", body: "name=x" }), { slug });
    expect(native.status).toBe(503);
    expect(native.headers.get("retry-after")).toBeTruthy();
    expect(await native.text()).toContain("Closed for stocktake");
  },
  "app/s/[slug]/maintenance/route.ts#HEAD": async () => {
    const HEAD = await load("app/s/[slug]/maintenance/route.ts", "HEAD");
    const url = `${base}/s/no-such-event/maintenance`;
    const response = await respond(HEAD, new Request(url, { method: "HEAD" }), { slug: "no-such-event" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
  },

  /**
   * Public by design (the outage answer middleware.ts rewrites to, ADR 013): always a 503 with Retry-After,
   * from no database and with nothing private — a slug nobody has loaded gets the unbranded page.
   */
  "app/s/[slug]/temporarily-unavailable/route.ts#GET": async () => {
    const GET = await load("app/s/[slug]/temporarily-unavailable/route.ts", "GET");
    const url = `${base}/s/no-such-event/temporarily-unavailable`;
    const response = await respond(GET, new Request(url), { slug: "no-such-event" });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("Nothing was recorded");
  },
  "app/s/[slug]/temporarily-unavailable/route.ts#HEAD": async () => {
    const HEAD = await load("app/s/[slug]/temporarily-unavailable/route.ts", "HEAD");
    const url = `${base}/s/no-such-event/temporarily-unavailable`;
    const response = await respond(HEAD, new Request(url, { method: "HEAD" }), { slug: "no-such-event" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
  },

  /**
   * Public by design (link previews in chat apps, ADR 022): the same visibility as the landing page — a
   * published event's card is a PNG, a draft or unknown event is a 404 that reveals nothing.
   */
  "app/s/[slug]/og-image/route.tsx#GET": async () => {
    const db = testDb();
    const GET = await load("app/s/[slug]/og-image/route.tsx", "GET");
    const draft = await createOrderFixture(db, { status: "draft" });
    const hidden = await respond(GET, new Request(`${base}/s/x/og-image`), { slug: draft.event.slug });
    expect(hidden.status).toBe(404);
    const published = await createOrderFixture(db);
    const response = await respond(GET, new Request(`${base}/s/x/og-image`), { slug: published.event.slug });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  },

  /** A bearer token when METRICS_TOKEN is set; without one, open in development and 404 in production. */
  "app/api/metrics/route.ts#GET": async () => {
    const url = `${base}/api/metrics`;
    const secured = await load("app/api/metrics/route.ts", "GET", { METRICS_TOKEN: "metrics-token-123" });
    for (const headers of [{}, bearer("wrong"), { authorization: "metrics-token-123" }]) {
      expect((await respond(secured, new Request(url, { headers }))).status).toBe(404);
    }
    const ok = await respond(secured, new Request(url, { headers: bearer("metrics-token-123") }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^# (HELP|TYPE) /m);

    const production = await load("app/api/metrics/route.ts", "GET", {
      NODE_ENV: "production",
      METRICS_TOKEN: undefined,
    });
    expect((await respond(production, new Request(url, { headers: bearer("") }))).status).toBe(404);
  },

  /** Vercel cron's bearer CRON_SECRET; production without the secret refuses to run at all. */
  "app/api/cron/outbox/route.ts#GET": async () => {
    testDb();
    const url = `${base}/api/cron/outbox`;
    const GET = await load("app/api/cron/outbox/route.ts", "GET", { CRON_SECRET: "cron-secret-456" });
    const before = dispatcher.calls;
    for (const headers of [{}, bearer("wrong"), { authorization: "cron-secret-456" }]) {
      expect((await respond(GET, new Request(url, { headers }))).status).toBe(401);
    }
    const unprotected = await load("app/api/cron/outbox/route.ts", "GET", {
      NODE_ENV: "production",
      CRON_SECRET: undefined,
    });
    expect((await respond(unprotected, new Request(url, { headers: bearer("") }))).status).toBe(503);
    expect(dispatcher.calls, "a refused call dispatched mail").toBe(before);

    const ok = await respond(GET, new Request(url, { headers: bearer("cron-secret-456") }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ rounds: 1, claimed: 0 });
    expect(dispatcher.calls).toBe(before + 1);
  },

  /**
   * Resend's delivery webhooks (ADR 032): no session; the Standard Webhooks signature with
   * RESEND_WEBHOOK_SECRET is the credential. Unsigned or wrongly signed: 401; no secret configured: 503.
   */
  "app/api/webhooks/resend/route.ts#POST": async () => {
    testDb();
    const secret = `whsec_${Buffer.from(randomUUID()).toString("base64")}`;
    const url = `${base}/api/webhooks/resend`;
    const body = JSON.stringify({ type: "email.delivered", data: { email_id: `re_${randomUUID()}` } });
    const post = (handler: Handler, signWith?: string) => {
      const id = `msg_${randomUUID()}`;
      const at = new Date();
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (signWith) {
        headers["svix-id"] = id;
        headers["svix-timestamp"] = String(Math.floor(at.getTime() / 1000));
        headers["svix-signature"] = new Webhook(signWith).sign(id, at, body);
      }
      return respond(handler, new Request(url, { method: "POST", headers, body }));
    };
    const POST = await load("app/api/webhooks/resend/route.ts", "POST", { RESEND_WEBHOOK_SECRET: secret });
    expect((await post(POST)).status).toBe(401);
    expect((await post(POST, `whsec_${Buffer.from(randomUUID()).toString("base64")}`)).status).toBe(401);
    const ok = await post(POST, secret);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ result: "unknown_message" });

    const unconfigured = await load("app/api/webhooks/resend/route.ts", "POST", {
      RESEND_WEBHOOK_SECRET: undefined,
    });
    expect((await post(unconfigured, secret)).status).toBe(503);
  },

  /**
   * "Download my data": the my-order token is the credential. Its own event's subdomain gets the JSON file;
   * another event's, a tampered, unknown or malformed token get a 404 without the data.
   */
  "app/s/[slug]/my-order/[token]/data/route.ts#GET": async () => {
    const db = testDb();
    const fixture = await createOrderFixture(db);
    const other = await createOrderFixture(db);
    const placed = await placeOrder({
      db,
      eventSlug: fixture.event.slug,
      input: orderInputFor(fixture, { name: "Route Export" }),
    });
    if (!placed.ok) throw new Error(placed.message);
    const token = orderAccessToken(placed.order.id);
    const GET = await load("app/s/[slug]/my-order/[token]/data/route.ts", "GET");
    const get = (slug: string, t: string) =>
      respond(GET, new Request(`${base}/s/${slug}/my-order/${t}/data`), { slug, token: t });
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const [slug, t] of [
      [other.event.slug, token],
      [fixture.event.slug, tampered],
      [fixture.event.slug, "x".repeat(43)],
      [fixture.event.slug, "../../dashboard"],
    ] as const) {
      const refused = await get(slug, t);
      expect(refused.status, `${slug} ${t}`).toBe(404);
      expect(await refused.text()).not.toContain("Route Export");
    }
    const ok = await get(fixture.event.slug, token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^application\/json/);
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="order-.+\.json"$/);
    expect(await ok.json()).toMatchObject({ orders: [{ attendee: { name: "Route Export" } }] });
  },

  /** Like the outbox cron: bearer CRON_SECRET, and production without the secret refuses to erase anything. */
  "app/api/cron/retention/route.ts#GET": async () => {
    testDb();
    const url = `${base}/api/cron/retention`;
    const GET = await load("app/api/cron/retention/route.ts", "GET", { CRON_SECRET: "cron-secret-789" });
    const before = retention.calls;
    for (const headers of [{}, bearer("wrong"), { authorization: "cron-secret-789" }]) {
      expect((await respond(GET, new Request(url, { headers }))).status).toBe(401);
    }
    const unprotected = await load("app/api/cron/retention/route.ts", "GET", {
      NODE_ENV: "production",
      CRON_SECRET: undefined,
    });
    expect((await respond(unprotected, new Request(url, { headers: bearer("") }))).status).toBe(503);
    expect(retention.calls, "a refused call ran retention").toBe(before);

    const ok = await respond(GET, new Request(url, { headers: bearer("cron-secret-789") }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ events: 0, orders: 0 });
    expect(retention.calls).toBe(before + 1);
  },

  /**
   * Public by design (images on public pages, unguessable keys): only well-formed keys inside the store are
   * served, never a path out of it.
   */
  "app/api/blobs/[...key]/route.ts#GET": async () => {
    store.dir ||= await mkdtemp(path.join(tmpdir(), "swagstand-route-authz-"));
    store.storage = createLocalStorage({ root: path.join(store.dir, "blobs") });
    const GET = await load("app/api/blobs/[...key]/route.ts", "GET");
    const get = (segments: string[]) =>
      respond(GET, new Request(`${base}/api/blobs/${segments.join("/")}`), { key: segments });

    for (const segments of [
      ["..", "..", "package.json"],
      ["..", ".env"],
      newBlobKey({ orgId: randomUUID() }).split("/"),
    ]) {
      expect((await get(segments)).status, segments.join("/")).toBeGreaterThanOrEqual(400);
    }
    const body = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } })
      .webp()
      .toBuffer();
    const key = newBlobKey({ orgId: randomUUID() });
    await store.storage.put(key, body, "image/webp");
    const ok = await get(key.split("/"));
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(body);
  },

  /**
   * Auth.js's own routes. Its email endpoint is closed (the dashboard's rate-limited action is the only way to
   * ask for a link): no verification token is written.
   */
  "app/api/auth/[...nextauth]/route.ts#POST": async () => {
    const db = testDb();
    const POST = await load("app/api/auth/[...nextauth]/route.ts", "POST");
    const email = `route-${randomUUID().slice(0, 8)}@example.com`;
    const response = await respond(
      POST,
      new NextRequest(`${base}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email }).toString(),
      }),
    );
    expect(response.status).toBe(404);
    const tokens = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email));
    expect(tokens).toEqual([]);

    // Everything else goes to Auth.js, whose CSRF check refuses a sign-out posted without its token.
    const signOut = await respond(POST, new NextRequest(`${base}/api/auth/signout`, { method: "POST" }));
    expect(signOut.status).toBeGreaterThanOrEqual(300);
    expect(signOut.headers.get("location") ?? "").toMatch(/error|csrf/i);
  },

  /** The session is whatever a valid session cookie names: none, or a forged one, is no session. */
  "app/api/auth/[...nextauth]/route.ts#GET": async () => {
    const db = testDb();
    const world = await createWorld(db);
    const GET = await load("app/api/auth/[...nextauth]/route.ts", "GET");
    const session = (cookie?: string) =>
      respond(GET, new NextRequest(`${base}/api/auth/session`, { headers: cookie ? { cookie } : {} })).then(
        (r) => r.json(),
      );

    expect(await session()).toBeNull();
    expect(await session(`authjs.session-token=${randomUUID()}`)).toBeNull();

    const token = randomUUID();
    await db.insert(sessions).values({
      sessionToken: token,
      userId: world.b.members.viewer.id,
      expires: new Date(Date.now() + 3_600_000),
    });
    expect(await session(`authjs.session-token=${token}`)).toMatchObject({
      user: { email: world.b.members.viewer.email, id: world.b.members.viewer.id },
    });
  },

  /**
   * The orders CSV: a signed-in member with orders.export in the event's organisation; personal data only
   * for a role with personalData.view (the stream is read to the end before it is searched).
   */
  "app/dashboard/[orgId]/events/[eventId]/orders/export/route.ts#GET": async () => {
    const db = testDb();
    const world = await createWorld(db);
    const GET = await load("app/dashboard/[orgId]/events/[eventId]/orders/export/route.ts", "GET");
    const params = { orgId: world.b.orgId, eventId: world.b.eventId };
    const url = `${base}/dashboard/${world.b.orgId}/events/${world.b.eventId}/orders/export`;
    const get = () => respond(GET, new Request(url), params);
    const [name, email] = world.personalData;

    actAs(null);
    const anonymous = await get();
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/^\/dashboard\/sign-in/);
    for (const who of [world.a.owner, world.b.members.marketer]) {
      actAs(who);
      expect((await get()).status, who.name ?? "").toBe(404);
    }
    // A's owner naming A's organisation with B's event: the event is not found in A.
    actAs(world.a.owner);
    expect((await respond(GET, new Request(url), { ...params, orgId: world.a.orgId })).status).toBe(404);

    actAs(world.b.members.viewer);
    const masked = await get();
    expect(masked.status).toBe(200);
    const maskedCsv = await masked.text();
    expect(maskedCsv).toContain(world.b.orderReference);
    for (const pii of world.personalData) expect(maskedCsv, "viewer got personal data").not.toContain(pii);

    actAs(world.b.members.organiser);
    const full = await get();
    expect(full.status).toBe(200);
    expect(full.headers.get("cache-control")).toBe("no-store");
    const csv = await full.text();
    expect(csv).toContain(name);
    expect(csv).toContain(email);
  },
  /**
   * The supplier's CSV: no session, the private link's token is the credential (ADR 024). Anything but a
   * valid, unexpired, unrevoked token is a bare 404; the valid one gets only the fields shared with it.
   */
  "app/supplier/[token]/csv/route.ts#GET": async () => {
    const db = testDb();
    const w = await supplierWorld(db);
    const supplier = await w.addSupplier({ name: `Route CSV ${randomUUID().slice(0, 6)}` });
    await w.assign(supplier, w.tshirt.id, ["attendee.name"]);
    const order = await w.orderAndConfirm({ name: "Route Reader" });
    const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, supplier.id));
    const token = supplierLinkToken(link!.id);
    const GET = await load("app/supplier/[token]/csv/route.ts", "GET");
    const get = (t: string) => respond(GET, new Request(`${base}/supplier/${t}/csv`), { token: t });
    actAs(w.organiser);
    for (const bad of [`${token.slice(0, -2)}zz`, "", "nope"]) expect((await get(bad)).status).toBe(404);
    const ok = await get(token);
    expect(ok.status).toBe(200);
    const csv = await ok.text();
    expect(csv).toContain(order.reference);
    expect(csv).toContain("Route Reader");
    expect(csv).not.toContain("no-shellfish-secret");
  },

  /**
   * An owner's export by email: owners only (privacy.manage); a malformed address is a 404 like a stranger;
   * the file is JSON, an attachment, never cached, and holds the attendee's data.
   */
  "app/dashboard/[orgId]/privacy/export/route.ts#GET": async () => {
    const db = testDb();
    const world = await createWorld(db);
    const GET = await load("app/dashboard/[orgId]/privacy/export/route.ts", "GET");
    const [name, email] = world.personalData as [string, string];
    const urlFor = (address: string) =>
      `${base}/dashboard/${world.b.orgId}/privacy/export?${new URLSearchParams({ email: address })}`;
    const get = (address = email, orgId = world.b.orgId) =>
      respond(GET, new Request(urlFor(address)), { orgId });

    actAs(null);
    const anonymous = await get();
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/^\/dashboard\/sign-in/);
    for (const who of [
      world.a.owner,
      ...(["organiser", "marketer", "viewer", "desk"] as const).map((r) => world.b.members[r]),
    ]) {
      actAs(who);
      expect((await get()).status, who.name ?? "").toBe(404);
    }
    actAs(world.b.members.owner);
    expect((await get("not-an-address")).status).toBe(404);
    const full = await get();
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toMatch(/^application\/json/);
    expect(full.headers.get("content-disposition")).toMatch(
      /^attachment; filename="personal-data-.*\.json"$/,
    );
    expect(full.headers.get("cache-control")).toBe("no-store");
    const document = (await full.json()) as { format: string; orders: { reference: string }[] };
    expect(document.format).toBe("swagstand.personal-data.v1");
    expect(document.orders.map((o) => o.reference)).toEqual([world.b.orderReference]);
    expect(JSON.stringify(document)).toContain(name);
  },
};

describe("route handlers", () => {
  test("every route handler has its access rule tested here", () => {
    const found = routeHandlerKeys();
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((k) => !(k in cases))).toEqual([]);
    expect(
      Object.keys(cases).filter((k) => !found.includes(k)),
      "cases for routes that are gone",
    ).toEqual([]);
  });

  test.each(Object.entries(cases))("%s refuses whom it must and serves whom it may", async (_, run) => {
    await run();
  });
});

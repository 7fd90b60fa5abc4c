import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import type { Db } from "@/db/client";
import { itemSuppliers, orders, outboxMessages, supplierLinks, suppliers } from "@/db/schema";
import { changeOrderStatus } from "@/lib/orders/manage/change-order-status";
import { issueSupplierLink, supplierLinkToken } from "@/lib/suppliers/supplier-link";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { cancelOrderAction } from "@/app/s/[slug]/my-order/[token]/actions";
import { eraseMyDataAction } from "@/app/s/[slug]/my-order/[token]/privacy-actions";
import { placeOrderAction, submitOrderForm } from "@/app/s/[slug]/order/actions";
import { requestOrderLinkAction } from "@/app/s/[slug]/order/order-link-actions";
import { markSupplierOrderAction } from "@/app/supplier/[token]/actions";
import { INITIAL_ORDER_FORM_STATE } from "@/components/order/order-form-values";
import { testDb } from "./db";
import { serverActionKeys } from "./authz/inventory";
import { navigationOf } from "./authz/outcome";
import { snapshotOrganisations } from "./authz/snapshot";
import { createWorld, type World } from "./authz/world";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  // The data cache needs Next's server; here every cached read goes to the database.
  unstable_cache: <F>(fn: F) => fn,
}));

/**
 * The attendee's server actions (app/s/*) are public POST endpoints: no session, only an event's slug and,
 * for an existing order, its private token. For each: the real request succeeds; the slug of another
 * organisation's event with B's records, an unknown slug, and a bad or foreign token are refused and change
 * nothing in either organisation (orders, stock, outbox emails). A server action outside app/dashboard that is
 * not in this table fails the inventory test below.
 */

type Call = () => Promise<unknown>;
type Result = { redirect?: string; notFound?: boolean; value?: unknown; threw?: string };

async function call(run: Call): Promise<Result> {
  try {
    return { value: await run() };
  } catch (error) {
    const navigation = navigationOf(error);
    if (navigation?.kind === "redirect") return { redirect: navigation.to };
    if (navigation?.kind === "404") return { notFound: true };
    return { threw: (error as Error)?.message ?? String(error) };
  }
}

interface Refusal {
  who: string;
  run: Call;
  /** How the endpoint says no: its answer, checked here; that nothing changed is checked for every refusal. */
  refused: (result: Result) => void;
}

interface AttendeeCase {
  /** The real request: must succeed, and `succeeded` checks the effect. */
  allowed: { run: Call; succeeded: (result: Result, db: Db) => Promise<void> };
  refusals: Refusal[];
}

const idle = { status: "idle", message: "" } as const;
const freshEmail = () => `attendee-${randomUUID().slice(0, 8)}@example.com`;

function orderInput(lines: { variantId: string; quantity: number }[]) {
  return {
    idempotencyKey: randomUUID(),
    attendee: { name: "Ada Lovelace", email: freshEmail() },
    lines,
    answers: { dietary_needs: "None" },
  };
}

function orderForm(variantId: string): FormData {
  const form = new FormData();
  form.set("idempotencyKey", randomUUID());
  form.set("attendee.name", "Ada Lovelace");
  form.set("attendee.email", freshEmail());
  form.set("lines.0.variantId", variantId);
  form.set("lines.0.quantity", "1");
  form.set("answers.dietary_needs", "None");
  return form;
}

function emailForm(email: string): FormData {
  const form = new FormData();
  form.set("email", email);
  return form;
}

/**
 * A placed order leads to its confirmation page — a redirect from the native post, the page's path in the
 * answer of the hydrated form's action (ADR 023): the order exists in B's event.
 */
async function orderPlacedInB(result: Result, db: Db, world: World) {
  expect(result.threw, "threw").toBeUndefined();
  const confirmation =
    result.redirect ?? (result.value as { confirmationPath?: string } | undefined)?.confirmationPath;
  expect(confirmation, `expected the confirmation page, got ${JSON.stringify(result.value)}`).toMatch(
    /^\/order\/confirmation\/[\w-]{20,}$/,
  );
  const rows = await db.select({ id: orders.id }).from(orders).where(eq(orders.eventId, world.b.eventId));
  expect(rows.length).toBe(2); // the world's order and this one
}

const notPlaced =
  (code: string | RegExp) =>
  ({ value, redirect, threw }: Result): void => {
    expect(threw, "threw").toBeUndefined();
    expect(redirect, "an order was confirmed").toBeUndefined();
    const failure = value as { ok?: boolean; code?: string; problem?: { code?: string } };
    expect(failure.ok, "an order was confirmed").not.toBe(true);
    expect(failure.problem?.code ?? failure.code).toMatch(code);
  };

const notFoundPage = (result: Result) => expect(result, "expected the 404 page").toEqual({ notFound: true });

/** A case may set up records first (a supplier and its link): it runs before the "nothing changed" snapshot. */
const cases: Record<string, (world: World, db: Db) => AttendeeCase | Promise<AttendeeCase>> = {
  "app/s/[slug]/order/actions.ts#placeOrderAction": (w) => {
    const b = w.b.fixture.event.slug;
    const a = w.a.fixture.event.slug;
    return {
      allowed: {
        run: () => placeOrderAction(b, orderInput([{ variantId: w.b.variantId, quantity: 1 }])),
        succeeded: (r, db) => orderPlacedInB(r, db, w),
      },
      refusals: [
        {
          who: "A's event with B's variant",
          run: () => placeOrderAction(a, orderInput([{ variantId: w.b.variantId, quantity: 1 }])),
          refused: notPlaced(/^(item_unavailable|invalid_input)$/),
        },
        {
          who: "an unknown event",
          run: () => placeOrderAction(`nope-${randomUUID().slice(0, 8)}`, orderInput([])),
          refused: notPlaced("event_not_found"),
        },
        {
          who: "a slug that is not a string",
          run: () => placeOrderAction({ slug: b }, orderInput([{ variantId: w.b.variantId, quantity: 1 }])),
          refused: notPlaced("event_not_found"),
        },
      ],
    };
  },

  "app/s/[slug]/order/actions.ts#submitOrderForm": (w) => {
    const b = w.b.fixture.event.slug;
    const a = w.a.fixture.event.slug;
    return {
      allowed: {
        run: () => submitOrderForm(b, INITIAL_ORDER_FORM_STATE, orderForm(w.b.variantId)),
        succeeded: (r, db) => orderPlacedInB(r, db, w),
      },
      refusals: [
        {
          who: "A's event with B's variant",
          run: () => submitOrderForm(a, INITIAL_ORDER_FORM_STATE, orderForm(w.b.variantId)),
          refused: notPlaced(/^(item_unavailable|invalid_input)$/),
        },
        {
          who: "an unknown event",
          run: () => submitOrderForm("nope-x", INITIAL_ORDER_FORM_STATE, orderForm(w.b.variantId)),
          refused: notPlaced("event_not_found"),
        },
        {
          who: "a body that is not a form",
          run: () => submitOrderForm(b, INITIAL_ORDER_FORM_STATE, orderInput([])),
          refused: notPlaced("invalid_input"),
        },
      ],
    };
  },

  // Its answer never tells whether an order exists ("sent" either way), so a refusal shows only as no email.
  "app/s/[slug]/order/order-link-actions.ts#requestOrderLinkAction": (w) => {
    const email = w.personalData[1]!;
    return {
      allowed: {
        run: () => requestOrderLinkAction(w.b.fixture.event.slug, idle, emailForm(email)),
        succeeded: async ({ value }, db) => {
          expect(value).toMatchObject({ status: "sent" });
          const queued = await db
            .select({ id: outboxMessages.id })
            .from(outboxMessages)
            .where(and(eq(outboxMessages.eventId, w.b.eventId), eq(outboxMessages.template, "order-link")));
          expect(queued).toHaveLength(1);
        },
      },
      refusals: [
        {
          who: "A's event with B's attendee",
          run: () => requestOrderLinkAction(w.a.fixture.event.slug, idle, emailForm(email)),
          refused: ({ value }) => expect(value).toMatchObject({ status: "sent" }),
        },
        {
          who: "an unknown event",
          run: () => requestOrderLinkAction("nope-x", idle, emailForm(email)),
          refused: ({ value }) => expect(value).toMatchObject({ status: "sent" }),
        },
        {
          who: "a slug that is not a string",
          run: () => requestOrderLinkAction(["x"], idle, emailForm(email)),
          refused: ({ value }) => expect(value).toMatchObject({ status: "error" }),
        },
      ],
    };
  },

  "app/s/[slug]/my-order/[token]/actions.ts#cancelOrderAction": (w) => {
    const token = orderAccessToken(w.b.orderId);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const b = w.b.fixture.event.slug;
    return {
      allowed: {
        run: () => cancelOrderAction(b, token),
        succeeded: async (result, db) => {
          expect(result).toEqual({ redirect: `/my-order/${token}?cancel=cancelled` });
          const [order] = await db
            .select({ status: orders.status })
            .from(orders)
            .where(eq(orders.id, w.b.orderId));
          expect(order?.status).toBe("cancelled");
        },
      },
      refusals: [
        {
          who: "A's event with B's token",
          run: () => cancelOrderAction(w.a.fixture.event.slug, token),
          refused: notFoundPage,
        },
        { who: "a tampered token", run: () => cancelOrderAction(b, tampered), refused: notFoundPage },
        {
          who: "a well-formed unknown token",
          run: () => cancelOrderAction(b, "x".repeat(43)),
          refused: notFoundPage,
        },
        {
          who: "a malformed token",
          run: () => cancelOrderAction(b, "../../dashboard"),
          refused: notFoundPage,
        },
        { who: "an unknown event", run: () => cancelOrderAction("nope-x", token), refused: notFoundPage },
      ],
    };
  },

  /** Erasure on request: the token is the credential, scoped to its own event's subdomain. */
  "app/s/[slug]/my-order/[token]/privacy-actions.ts#eraseMyDataAction": (w) => {
    const token = orderAccessToken(w.b.orderId);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const b = w.b.fixture.event.slug;
    return {
      allowed: {
        run: () => eraseMyDataAction(b, token),
        succeeded: async (result, db) => {
          expect(result).toEqual({ redirect: `/my-order/${token}?erase=done` });
          const [order] = await db
            .select({ status: orders.status, erasedAt: orders.erasedAt, reason: orders.erasureReason })
            .from(orders)
            .where(eq(orders.id, w.b.orderId));
          expect(order).toMatchObject({ status: "cancelled", reason: "attendee_request" });
          expect(order?.erasedAt).toBeInstanceOf(Date);
        },
      },
      refusals: [
        {
          who: "A's event with B's token",
          run: () => eraseMyDataAction(w.a.fixture.event.slug, token),
          refused: notFoundPage,
        },
        { who: "a tampered token", run: () => eraseMyDataAction(b, tampered), refused: notFoundPage },
        {
          who: "a well-formed unknown token",
          run: () => eraseMyDataAction(b, "x".repeat(43)),
          refused: notFoundPage,
        },
        {
          who: "a malformed token",
          run: () => eraseMyDataAction(b, "../../dashboard"),
          refused: notFoundPage,
        },
        { who: "an unknown event", run: () => eraseMyDataAction("nope-x", token), refused: notFoundPage },
      ],
    };
  },

  /** The supplier's link is the credential: B's link marks B's order; A's link, bad tokens and B's link on an
   * order B's supplier never received are refused. */
  "app/supplier/[token]/actions.ts#markSupplierOrderAction": async (w, db) => {
    const supplierOf = async (orgId: string, name: string) =>
      (
        await db
          .insert(suppliers)
          .values({ orgId, name, emails: ["s@example.com"] })
          .returning()
      )[0]!;
    const supplierB = await supplierOf(w.b.orgId, "B supplier");
    const supplierA = await supplierOf(w.a.orgId, "A supplier");
    await db.insert(itemSuppliers).values({ itemId: w.b.itemId, supplierId: supplierB.id });
    await db.insert(itemSuppliers).values({ itemId: w.a.fixture.items[0]!.id, supplierId: supplierA.id });
    await changeOrderStatus({
      db,
      orgId: w.b.orgId,
      eventId: w.b.eventId,
      actorUserId: w.b.members.owner.id,
      orderId: w.b.orderId,
      to: "confirmed",
    });
    const tokenOf = async (supplierId: string) => {
      const [link] = await db.select().from(supplierLinks).where(eq(supplierLinks.supplierId, supplierId));
      return supplierLinkToken(
        link?.id ?? (await issueSupplierLink(db, { supplierId, eventId: w.a.fixture.event.id })),
      );
    };
    const tokenB = await tokenOf(supplierB.id);
    const tokenA = await tokenOf(supplierA.id);
    const mark = (token: string) => () =>
      markSupplierOrderAction({ token, orderId: w.b.orderId, to: "ready_for_pickup" });
    const refusedNotFound = (result: Result) =>
      expect(result.value, "expected not found").toMatchObject({ ok: false, code: "not_found" });
    return {
      allowed: {
        run: mark(tokenB),
        succeeded: async (result, db) => {
          expect(result.value).toMatchObject({ ok: true });
          const [order] = await db
            .select({ status: orders.status })
            .from(orders)
            .where(eq(orders.id, w.b.orderId));
          expect(order?.status).toBe("ready_for_pickup");
        },
      },
      refusals: [
        { who: "A's supplier link on B's order", run: mark(tokenA), refused: refusedNotFound },
        {
          who: "a tampered token",
          run: mark(`${tokenB.slice(0, -1)}${tokenB.endsWith("A") ? "B" : "A"}`),
          refused: refusedNotFound,
        },
        { who: "a well-formed unknown token", run: mark("x".repeat(43)), refused: refusedNotFound },
        { who: "a malformed token", run: mark("../../dashboard"), refused: refusedNotFound },
      ],
    };
  },
};

describe("attendee server actions", () => {
  test("every server action outside app/dashboard has cases here", () => {
    const attendee = serverActionKeys().filter((k) => !k.startsWith("app/dashboard/"));
    expect(attendee.length).toBeGreaterThan(0);
    expect(attendee.filter((k) => !(k in cases))).toEqual([]);
    expect(
      Object.keys(cases).filter((k) => !attendee.includes(k)),
      "cases for endpoints that are gone",
    ).toEqual([]);
  });

  test.each(Object.entries(cases))(
    "%s refuses other events' records, unknown events and bad tokens, changing nothing; the real request succeeds",
    async (_, makeCase) => {
      const db = testDb();
      const world = await createWorld(db);
      const c = await makeCase(world, db);
      const orgs = [world.a.orgId, world.b.orgId];
      const before = await snapshotOrganisations(db, orgs);
      for (const refusal of c.refusals) {
        const result = await call(refusal.run);
        refusal.refused(result);
        expect(await snapshotOrganisations(db, orgs), `${refusal.who} changed something`).toEqual(before);
      }
      await c.allowed.succeeded(await call(c.allowed.run), db);
    },
  );
});

import { describe, expect, test, vi } from "vitest";
import { can, roles, rolesWith, type Role } from "@/lib/auth/permissions";
import { readEndpointMeta, type EndpointMeta } from "@/lib/actions/define";
import { testDb } from "./db";
import { actAs } from "./authz/current-user";
import { inlineServerActionFiles, serverActionKeys } from "./authz/inventory";
import { attempt as attemptRun, readAll, type Outcome } from "./authz/outcome";
import type { SampleTable } from "./authz/samples";
import { snapshotOrganisations } from "./authz/snapshot";
import { createWorld, recordIdsOfB, type World } from "./authz/world";

vi.mock("@/lib/auth/current-user", () => import("./authz/current-user"));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  // The data cache needs Next's server; here every cached read goes to the database.
  unstable_cache: <F>(fn: F) => fn,
}));

/**
 * ARCHITECTURE decision 6, proven for every endpoint at once: every export of every actions.ts and
 * loaders.ts under app/dashboard is found here automatically, so a new action without the authorisation
 * helper, or without a sample input below, fails this file.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  "../app/dashboard/**/{actions,loaders,*-actions}.ts",
  {
    eager: true,
  },
);
const sampleModules = import.meta.glob<{ samples: SampleTable }>("./authz/samples/*.ts", { eager: true });
const samples: SampleTable = Object.assign({}, ...Object.values(sampleModules).map((m) => m.samples));

interface Endpoint {
  key: string;
  fn: (input: unknown) => Promise<unknown>;
  meta: EndpointMeta | undefined;
}

const endpoints: Endpoint[] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, fn]) => ({
    key: `${file.replace(/^\.\.\//, "")}#${name}`,
    fn: fn as Endpoint["fn"],
    meta: readEndpointMeta(fn),
  })),
);

/** Runs an endpoint: refused, a real success, or failed (a crash, `unavailable`, `conflict`…). */
function attempt(endpoint: Endpoint, input: unknown): Promise<Outcome> {
  return attemptRun(() => endpoint.fn(input));
}

/**
 * Endpoints whose result holds the attendee's personal data for a role allowed to see it: the owner must find
 * it there, so its absence from a viewer's result is masking, not an empty or unread result.
 */
const showsPersonalData = new Set([
  "app/dashboard/[orgId]/events/[eventId]/orders/loaders.ts#loadOrdersTable",
  "app/dashboard/[orgId]/events/[eventId]/orders/[orderId]/loaders.ts#loadOrderDetail",
  "app/dashboard/[orgId]/events/[eventId]/orders/export/loaders.ts#loadOrdersExport",
  "app/dashboard/[orgId]/privacy/loaders.ts#loadPrivacyExport",
]);

const isOrgEndpoint = (e: Endpoint) => e.meta?.kind === "org-action" || e.meta?.kind === "org-loader";
const isUserEndpoint = (e: Endpoint) => e.meta?.kind === "user-action" || e.meta?.kind === "user-loader";
const isOperatorEndpoint = (e: Endpoint) =>
  e.meta?.kind === "operator-action" || e.meta?.kind === "operator-loader";

describe("dashboard endpoints", () => {
  test("are found (the glob works)", () => {
    expect(endpoints.length).toBeGreaterThan(3);
  });

  // Attendee actions are covered by test/attendee-authorization.integration.test.ts, route handlers by
  // test/route-authorization.integration.test.ts; a dashboard action in a module with another name would
  // escape the glob above.
  test("every server action under app/dashboard is in an actions.ts the glob finds", () => {
    const found = new Set(endpoints.map((e) => e.key));
    const missed = serverActionKeys().filter((k) => k.startsWith("app/dashboard/") && !found.has(k));
    expect(missed, "move these into an actions.ts made with the factories").toEqual([]);
  });

  test("no server action is declared inline (where no inventory can see it)", () => {
    expect(inlineServerActionFiles()).toEqual([]);
  });

  test.each(endpoints.map((e) => [e.key, e] as const))(
    "%s is made by the authorisation factories",
    (_, e) => {
      expect(
        e.meta,
        `${e.key} must be created with orgAction/orgLoader/userAction/userLoader/publicAction/operatorAction/operatorLoader`,
      ).toBeDefined();
    },
  );

  test.each(
    endpoints
      .filter((e) => isOrgEndpoint(e) || isUserEndpoint(e) || isOperatorEndpoint(e))
      .map((e) => [e.key] as const),
  )("%s has a sample input in test/authz/samples", (key) => {
    expect(samples[key], `add a sample for ${key} to test/authz/samples/`).toBeTypeOf("function");
  });
});

describe.each(endpoints.filter(isOrgEndpoint).map((e) => [e.key, e] as const))("%s", (key, endpoint) => {
  const meta = endpoint.meta as Extract<EndpointMeta, { permission: unknown }>;
  const lacking = roles.filter((r) => !can(r, meta.permission));
  const allowed = rolesWith(meta.permission);

  test(`refuses anyone outside B and every role lacking ${meta.permission} (${lacking.join(", ") || "none"}), changing nothing`, async () => {
    const db = testDb();
    const world = await createWorld(db);
    const sample = samples[key];
    if (!sample) return; // reported by the sample test above
    const input = await sample(world, db);
    const before = await snapshotOrganisations(db, [world.a.orgId, world.b.orgId]);

    const tries: { who: string; input: unknown; as: World["a"]["owner"] | null }[] = [
      { who: "nobody signed in", input, as: null },
      { who: "owner of A, naming B", input, as: world.a.owner },
      ...lacking.map((role: Role) => ({ who: `B's ${role}`, input, as: world.b.members[role] })),
    ];
    // With their own organisation's id but B's record ids: the scoped queries must not find them.
    const ids = recordIdsOfB(world);
    if (ids.some((id) => JSON.stringify(input).includes(id))) {
      tries.push({
        who: "owner of A, own org id with B's records",
        input: { ...input, orgId: world.a.orgId },
        as: world.a.owner,
      });
    }
    for (const t of tries) {
      actAs(t.as);
      const outcome = await attempt(endpoint, t.input);
      expect(outcome.kind, `${t.who}: expected a refusal, got ${outcome.detail}`).toBe("refused");
    }
    expect(await snapshotOrganisations(db, [world.a.orgId, world.b.orgId])).toEqual(before);

    // The sample is valid: the least-privileged role holding the permission really succeeds (not a crash,
    // not `unavailable` or `conflict`), so the refusals above were about who asked, not about the input.
    const role = allowed[allowed.length - 1]!;
    actAs(world.b.members[role]);
    const outcome = await attempt(endpoint, input);
    expect(outcome.kind, `B's ${role}: expected a success, got ${outcome.detail}`).toBe("succeeded");

    if (showsPersonalData.has(key)) {
      actAs(world.b.members.owner);
      const seen = JSON.stringify(await readAll((await attempt(endpoint, input)).value));
      const [name, email] = world.personalData;
      for (const pii of [name, email]) expect(seen, `${key} hid personal data from the owner`).toContain(pii);
    }

    // Marketers and viewers never receive personal data, whatever the endpoint returns: streams (the CSV
    // export) are read to the end first, as the browser would.
    for (const r of ["marketer", "viewer"] as const) {
      if (!can(r, meta.permission)) continue;
      actAs(world.b.members[r]);
      const seen = JSON.stringify((await readAll((await attempt(endpoint, input)).value)) ?? null);
      for (const pii of world.personalData) expect(seen, `${key} gave ${r} personal data`).not.toContain(pii);
    }
    // Desk staff see the attendee's name and the items, nothing else personal: no email, no answers (issue 12).
    if (can("desk", meta.permission)) {
      actAs(world.b.members.desk);
      const seen = JSON.stringify((await readAll((await attempt(endpoint, input)).value)) ?? null);
      const [, ...beyondName] = world.personalData;
      for (const pii of beyondName) expect(seen, `${key} gave desk staff personal data`).not.toContain(pii);
    }
    actAs(null);
  });
});

describe.each(endpoints.filter(isUserEndpoint).map((e) => [e.key, e] as const))("%s", (key, endpoint) => {
  test("refuses a visitor who is not signed in", async () => {
    const db = testDb();
    const world = await createWorld(db);
    const sample = samples[key];
    if (!sample) return;
    actAs(null);
    const outcome = await attempt(endpoint, await sample(world, db));
    expect(outcome.kind, outcome.detail).toBe("refused");
  });
});

// Operator endpoints (ADR 027): OPERATOR_EMAILS decides, not any organisation role. Nobody signed in and every
// member of B, owner included, is refused with nothing changed; the listed operator succeeds.
describe.each(endpoints.filter(isOperatorEndpoint).map((e) => [e.key, e] as const))("%s", (key, endpoint) => {
  test("refuses anyone not in OPERATOR_EMAILS, changing nothing; an operator succeeds", async () => {
    const db = testDb();
    const world = await createWorld(db);
    const sample = samples[key];
    if (!sample) return;
    const input = await sample(world, db);
    const operator = world.a.owner;
    vi.stubEnv("OPERATOR_EMAILS", `someone-else@example.com, ${operator.email.toUpperCase()}`);
    try {
      const before = await snapshotOrganisations(db, [world.a.orgId, world.b.orgId]);
      for (const [who, as] of [
        ["nobody signed in", null],
        ["B's owner", world.b.members.owner],
      ] as const) {
        actAs(as);
        const outcome = await attempt(endpoint, input);
        expect(outcome.kind, `${who}: expected a refusal, got ${outcome.detail}`).toBe("refused");
      }
      expect(await snapshotOrganisations(db, [world.a.orgId, world.b.orgId])).toEqual(before);

      actAs(operator);
      const outcome = await attempt(endpoint, input);
      expect(outcome.kind, `the operator: expected a success, got ${outcome.detail}`).toBe("succeeded");
    } finally {
      vi.unstubAllEnvs();
      actAs(null);
    }
  });
});

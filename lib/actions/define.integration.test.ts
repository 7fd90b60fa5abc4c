import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { NotFoundError } from "@/lib/auth/errors";
import { actAs } from "@/test/authz/current-user";
import { createTestUser } from "@/test/authz/users";
import { createTestOrg, testDb } from "@/test/db";
import { orgAction, orgLoader, readEndpointMeta } from "./define";
import { ok, reject } from "@/lib/validation/action-result";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));

const input = z.object({
  orgId: z.uuid(),
  name: z.string().min(2, "At least 2 characters"),
  count: z.number().int().min(1, "At least 1"),
});

const echo = orgAction({
  name: "echo",
  permission: "events.manage",
  input,
  run: async ({ member, input }) => ok(`Hello ${input.name}`, { role: member.role }),
});

describe("orgAction", () => {
  test("brands the action with its permission", () => {
    expect(readEndpointMeta(echo)).toMatchObject({ kind: "org-action", permission: "events.manage" });
  });

  test("refuses a visitor without a session before looking at the input", async () => {
    actAs(null);
    expect(await echo({})).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  test("returns every field's error at once, not just the first", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    actAs(await createTestUser(db, { orgId: org.id, role: "owner" }));
    const result = await echo({ orgId: org.id, name: "x", count: 0 });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { name: ["At least 2 characters"], count: ["At least 1"] },
    });
  });

  test("accepts FormData as well as objects", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    actAs(await createTestUser(db, { orgId: org.id, role: "organiser" }));
    const form = new FormData();
    form.set("orgId", org.id);
    form.set("name", "Ada");
    const result = await orgAction({
      name: "formEcho",
      permission: "events.manage",
      input: input.omit({ count: true }),
      run: async ({ input }) => ok(`Hello ${input.name}`),
    })(form);
    expect(result).toMatchObject({ ok: true, message: "Hello Ada" });
  });

  test("runs the handler only for a member whose role holds the permission", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    actAs(await createTestUser(db, { orgId: org.id, role: "marketer" }));
    expect(await echo({ orgId: org.id, name: "Ada", count: 1 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    actAs(await createTestUser(db, { orgId: org.id, role: "organiser" }));
    expect(await echo({ orgId: org.id, name: "Ada", count: 1 })).toMatchObject({
      ok: true,
      data: { role: "organiser" },
    });
  });

  test("turns domain refusals into results and hides unexpected errors", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    actAs(await createTestUser(db, { orgId: org.id, role: "owner" }));
    const make = (run: () => Promise<never>) =>
      orgAction({ name: "t", permission: "events.view", input: z.object({ orgId: z.uuid() }), run });
    expect(await make(async () => reject("conflict", "Not now"))({ orgId: org.id })).toEqual({
      ok: false,
      code: "conflict",
      message: "Not now",
      fieldErrors: {},
    });
    expect(
      await make(async () => {
        throw new NotFoundError("event");
      })({ orgId: org.id }),
    ).toMatchObject({ code: "not_found" });
    const hidden = await make(async () => {
      throw new Error("secret stack detail");
    })({ orgId: org.id });
    expect(hidden).toMatchObject({ ok: false, code: "unavailable" });
    expect(JSON.stringify(hidden)).not.toContain("secret stack detail");
  });
});

describe("orgLoader", () => {
  const loader = orgLoader({
    name: "t",
    permission: "orders.view",
    input: z.object({ orgId: z.uuid() }),
    load: async ({ member }) => member.role,
  });

  test("redirects a visitor to sign-in and shows others the 404 page", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    actAs(null);
    await expect(loader({ orgId: org.id })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/dashboard\/sign-in/),
    });
    actAs(await createTestUser(db, { orgId: org.id, role: "marketer" }));
    await expect(loader({ orgId: org.id })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
    await expect(loader({ orgId: "not-a-uuid" })).rejects.toMatchObject({
      digest: expect.stringMatching(/404/),
    });
    actAs(await createTestUser(db, { orgId: org.id, role: "viewer" }));
    await expect(loader({ orgId: org.id })).resolves.toBe("viewer");
  });
});

import "server-only";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { requireMember, type Member } from "@/lib/auth/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/auth/errors";
import type { Permission } from "@/lib/auth/permissions";
import { logger } from "@/lib/observability/logger";
import { withSpan } from "@/lib/observability/tracing";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import { issuesToFieldErrors } from "@/lib/validation/field-errors";
import { toPlainInput } from "./form-data";
import { ActionRejected, fail, type ActionResult } from "@/lib/validation/action-result";

/**
 * Every dashboard server action and loader is made by one of these factories, so none can skip the session
 * and membership check: the user is resolved, the input parsed with zod (every error returned), then
 * `requireMember(orgId, permission)` runs before the handler. The factories brand what they return, and an
 * integration test (test/authorization.integration.test.ts) imports every actions.ts and loaders.ts under
 * app/dashboard and fails on any export that is not branded.
 */
export const endpointMeta = Symbol.for("swagstand.dashboard-endpoint");

export type EndpointMeta =
  | { kind: "org-action" | "org-loader"; permission: Permission; input: z.ZodType }
  | { kind: "user-action" | "user-loader"; input: z.ZodType }
  | { kind: "public-action"; input: z.ZodType; reason: string }
  /** Platform operators only (OPERATOR_EMAILS, lib/actions/operator.ts, ADR 027). */
  | { kind: "operator-action" | "operator-loader"; input: z.ZodType };

type Branded<F> = F & { [endpointMeta]: EndpointMeta };

export function brand<F extends object>(fn: F, meta: EndpointMeta): Branded<F> {
  return Object.assign(fn, { [endpointMeta]: meta });
}

export function readEndpointMeta(value: unknown): EndpointMeta | undefined {
  if (typeof value !== "function") return undefined;
  return (value as Partial<Branded<() => void>>)[endpointMeta];
}

type OrgInput = { orgId: string };

/** Who is acting, for the domain's writes and audit entries: the member's organisation and user id. */
export type Actor = { orgId: string; userId: string };

export interface OrgContext<I> {
  db: Db;
  user: CurrentUser;
  member: Member;
  /** The member as the domain's `actor` (orgId and userId), built once here rather than in every action. */
  actor: Actor;
  input: I;
}

const actorOf = (member: Member): Actor => ({ orgId: member.orgId, userId: member.userId });

export interface UserContext<I> {
  db: Db;
  user: CurrentUser;
  input: I;
}

/** Turns anything a handler throws into the action's result; unexpected errors are logged, never shown. */
export function failureFrom(error: unknown, name: string): ActionResult<never> {
  unstable_rethrow(error); // redirect() and notFound() from a handler are navigation, not failures
  if (error instanceof ActionRejected) return error.failure;
  if (error instanceof NotSignedInError) return fail("unauthenticated", error.message);
  if (error instanceof ForbiddenError) return fail("forbidden", error.message);
  if (error instanceof NotFoundError) return fail("not_found", error.message);
  if (isDatabaseUnavailable(error)) {
    return fail("unavailable", "The database is unavailable. Nothing was changed: please try again.");
  }
  logger.error({ err: error, action: name }, "dashboard action failed");
  return fail("unavailable", "Something went wrong. Nothing was changed: please try again.");
}

/** A span per action and loader call, named after the endpoint (ADR 028); no input in its attributes. */
function traced<T>(kind: "action" | "loader", name: string, fn: () => Promise<T>): Promise<T> {
  return withSpan(`${kind} ${name}`, { [`swagstand.${kind}`]: name }, fn);
}

export function parse<S extends z.ZodType>(schema: S, raw: unknown) {
  return schema.safeParse(toPlainInput(raw));
}

/** Every field's errors at once, keyed by path. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  return fail("invalid_input", "Please correct the highlighted fields.", issuesToFieldErrors(error.issues));
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new NotSignedInError();
  return user;
}

/** A server action on one organisation's data: `input` must carry the `orgId`. */
export function orgAction<S extends z.ZodType<OrgInput>, T>(def: {
  name: string;
  permission: Permission;
  input: S;
  run: (ctx: OrgContext<z.output<S>>) => Promise<ActionResult<T>>;
}) {
  const action = (raw: unknown): Promise<ActionResult<T>> => traced("action", def.name, () => run(raw));
  const run = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      const parsed = parse(def.input, raw);
      if (!parsed.success) return invalidInput(parsed.error);
      const db = getDb();
      const member = await requireMember(db, {
        userId: user.id,
        orgId: parsed.data.orgId,
        permission: def.permission,
      });
      return await def.run({ db, user, member, actor: actorOf(member), input: parsed.data });
    } catch (error) {
      return failureFrom(error, def.name);
    }
  };
  return brand(action, { kind: "org-action", permission: def.permission, input: def.input });
}

/** A server action of the signed-in user that belongs to no organisation yet (create one, accept an invitation). */
export function userAction<S extends z.ZodType, T>(def: {
  name: string;
  input: S;
  run: (ctx: UserContext<z.output<S>>) => Promise<ActionResult<T>>;
}) {
  const action = (raw: unknown): Promise<ActionResult<T>> => traced("action", def.name, () => run(raw));
  const run = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      const parsed = parse(def.input, raw);
      if (!parsed.success) return invalidInput(parsed.error);
      return await def.run({ db: getDb(), user, input: parsed.data });
    } catch (error) {
      return failureFrom(error, def.name);
    }
  };
  return brand(action, { kind: "user-action", input: def.input });
}

/** An action anyone may call (the sign-in request); `reason` documents why it needs no session. */
export function publicAction<S extends z.ZodType, T>(def: {
  name: string;
  reason: string;
  input: S;
  run: (ctx: { db: Db; input: z.output<S> }) => Promise<ActionResult<T>>;
}) {
  const action = (raw: unknown): Promise<ActionResult<T>> => traced("action", def.name, () => run(raw));
  const run = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const parsed = parse(def.input, raw);
      if (!parsed.success) return invalidInput(parsed.error);
      return await def.run({ db: getDb(), input: parsed.data });
    } catch (error) {
      return failureFrom(error, def.name);
    }
  };
  return brand(action, { kind: "public-action", input: def.input, reason: def.reason });
}

/**
 * A page's data for one organisation. Not signed in: redirect to sign-in. Not allowed, another
 * organisation's record, or a malformed id: the 404 page (never a hint that the record exists).
 */
export function orgLoader<S extends z.ZodType<OrgInput>, T>(def: {
  name: string;
  permission: Permission;
  input: S;
  load: (ctx: OrgContext<z.output<S>>) => Promise<T>;
}) {
  const loader = (raw: z.input<S>): Promise<T> => traced("loader", def.name, () => load(raw));
  const load = async (raw: z.input<S>): Promise<T> => {
    const user = await getCurrentUser();
    if (!user) redirect("/dashboard/sign-in");
    const parsed = parse(def.input, raw);
    if (!parsed.success) notFound();
    const db = getDb();
    try {
      const member = await requireMember(db, {
        userId: user.id,
        orgId: parsed.data.orgId,
        permission: def.permission,
      });
      return await def.load({ db, user, member, actor: actorOf(member), input: parsed.data });
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
      throw error;
    }
  };
  return brand(loader, { kind: "org-loader", permission: def.permission, input: def.input });
}

/** A page's data for the signed-in user across organisations (their memberships, an invitation). */
export function userLoader<S extends z.ZodType, T>(def: {
  name: string;
  input: S;
  load: (ctx: UserContext<z.output<S>>) => Promise<T>;
}) {
  const loader = (raw: z.input<S>): Promise<T> => traced("loader", def.name, () => load(raw));
  const load = async (raw: z.input<S>): Promise<T> => {
    const user = await getCurrentUser();
    if (!user) redirect("/dashboard/sign-in");
    const parsed = parse(def.input, raw);
    if (!parsed.success) notFound();
    try {
      return await def.load({ db: getDb(), user, input: parsed.data });
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
      throw error;
    }
  };
  return brand(loader, { kind: "user-loader", input: def.input });
}

import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/auth/errors";
import { isOperator } from "@/lib/auth/operator";
import type { ActionResult } from "@/lib/validation/action-result";
import { brand, failureFrom, invalidInput, parse, requireUser, type UserContext } from "./define";

/**
 * The operator's endpoints (ADR 027), made like every other dashboard endpoint (lib/actions/define.ts) but
 * checked against OPERATOR_EMAILS instead of an organisation role: the session first, then the operator list,
 * then the input. A non-operator gets the same refusal as a missing page, never a hint that the page exists.
 */
export function operatorAction<S extends z.ZodType, T>(def: {
  name: string;
  input: S;
  run: (ctx: UserContext<z.output<S>>) => Promise<ActionResult<T>>;
}) {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      if (!isOperator(user)) throw new ForbiddenError();
      const parsed = parse(def.input, raw);
      if (!parsed.success) return invalidInput(parsed.error);
      return await def.run({ db: getDb(), user, input: parsed.data });
    } catch (error) {
      return failureFrom(error, def.name);
    }
  };
  return brand(action, { kind: "operator-action", input: def.input });
}

/** The operator page's data. Not signed in: sign-in. Signed in but not an operator: the 404 page. */
export function operatorLoader<S extends z.ZodType, T>(def: {
  name: string;
  input: S;
  load: (ctx: UserContext<z.output<S>>) => Promise<T>;
}) {
  const loader = async (raw: z.input<S>): Promise<T> => {
    const user = await getCurrentUser();
    if (!user) redirect("/dashboard/sign-in");
    if (!isOperator(user)) notFound();
    const parsed = parse(def.input, raw);
    if (!parsed.success) notFound();
    return def.load({ db: getDb(), user, input: parsed.data });
  };
  return brand(loader, { kind: "operator-loader", input: def.input });
}

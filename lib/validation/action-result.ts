import type { FieldErrors } from "@/lib/validation/field-errors";

export type { FieldErrors };

export type ActionErrorCode =
  | "unauthenticated"
  /** Not a member, the role lacks the permission, or the record is another organisation's. */
  | "forbidden"
  | "not_found"
  /** See fieldErrors: every field's errors, not just the first. */
  | "invalid_input"
  /** The request was valid but the current state forbids it (an illegal status change, the last owner…). */
  | "conflict"
  | "rate_limited"
  | "unavailable";

export type ActionSuccess<T> = { ok: true; message: string; data: T };
export type ActionFailure = { ok: false; code: ActionErrorCode; message: string; fieldErrors: FieldErrors };

/** What every dashboard server action returns (ARCHITECTURE decision 7). */
export type ActionResult<T = null> = ActionSuccess<T> | ActionFailure;

export function ok<T = null>(message: string, data: T = null as T): ActionSuccess<T> {
  return { ok: true, message, data };
}

export function fail(code: ActionErrorCode, message: string, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, code, message, fieldErrors };
}

/** Thrown inside a transaction to roll it back and return a failure to the caller. */
export class ActionRejected extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
    this.name = "ActionRejected";
  }
}

export function reject(code: ActionErrorCode, message: string, fieldErrors: FieldErrors = {}): never {
  throw new ActionRejected(fail(code, message, fieldErrors));
}

/** Nobody is signed in (or the session expired). Pages redirect to sign-in; actions return `unauthenticated`. */
export class NotSignedInError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "NotSignedInError";
  }
}

/**
 * Not a member of the organisation, or the role lacks the permission. Deliberately the same error for both
 * and for records of another organisation, so a refusal never tells whether something exists.
 */
export class ForbiddenError extends Error {
  constructor(message = "You do not have access to this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A record id that is not in the member's organisation (or does not exist: the caller cannot tell). */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`This ${what} does not exist or is not in your organisation.`);
    this.name = "NotFoundError";
  }
}

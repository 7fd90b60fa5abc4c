/**
 * Who is an operator (issue 14, ADR 027): a signed-in user whose email is in OPERATOR_EMAILS (comma-separated,
 * compared case-insensitively). Operators run the platform (global maintenance, feature flags), which no
 * organisation role covers; the list lives in the deployment's environment, so granting it needs access to the
 * deployment, not to the database. Read on every call, so a test (or a restart with a new list) sees it at once.
 * Unset or empty: nobody is an operator, and the operator page is a 404 for everyone.
 */
export function operatorEmails(source: string | undefined = process.env.OPERATOR_EMAILS): Set<string> {
  return new Set(
    (source ?? "")
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter((email) => email.length > 0),
  );
}

export function isOperator(user: { email: string } | null, list: Set<string> = operatorEmails()): boolean {
  return user !== null && list.has(user.email.trim().toLowerCase());
}

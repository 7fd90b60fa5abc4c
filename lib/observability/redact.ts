/**
 * What must never reach a log line: personal data (attendee names, emails, phone numbers, addresses, form
 * answers, free text) and secrets (tokens, keys, passwords, cookies, authorization headers, connection
 * strings). Pure functions so they are tested on their own and reused by the logger.
 *
 * Censoring is by key name at any depth rather than by fixed paths: a new field called `attendeeEmail` or a
 * header object nested one level deeper than expected is still caught. The price is that a harmless key such
 * as an event's `name` is censored too; log ids and slugs instead.
 */
const CENSORED = "[redacted]";

/** Matched against the key lowercased with everything but letters and digits removed. */
const SENSITIVE_KEY_PARTS = [
  "email",
  "phone",
  "address", // postal, IP and email addresses
  "answers",
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "privatekey",
  "authorization",
  "cookie",
  "signature",
  "connectionstring",
  "databaseurl",
  "dsn",
  "formdata",
];

const SENSITIVE_KEYS_EXACT = new Set([
  "name",
  "firstname",
  "lastname",
  "fullname",
  "givenname",
  "familyname",
  "surname",
  "username",
  "displayname",
  "attendeename",
  "customername",
  "recipientname",
  "contactname",
  "body",
  "rawbody",
  "note",
  "notes",
  "ip",
  "xforwardedfor",
  "xrealip",
  "params", // query parameters of a failed SQL statement carry the row's values
]);

const keyCache = new Map<string, boolean>();

function isSensitiveKey(key: string): boolean {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  const sensitive =
    SENSITIVE_KEYS_EXACT.has(normalized) || SENSITIVE_KEY_PARTS.some((part) => normalized.includes(part));
  if (keyCache.size < 10_000) keyCache.set(key, sensitive);
  return sensitive;
}

const MAX_DEPTH = 8;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` with sensitive keys censored, at any depth. Only plain objects and arrays are walked (the
 * caller's objects are never mutated); errors are left for the error serializer, other class instances are
 * kept as they are. Anything deeper than MAX_DEPTH is dropped rather than logged unchecked.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object")
    return typeof value === "string" ? scrubText(value) : value;
  if (depth >= MAX_DEPTH) return "[truncated]";
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (!isPlainObject(value)) {
    // Headers and Maps hold exactly the data this module exists to hide.
    if (value instanceof Map || (typeof Headers !== "undefined" && value instanceof Headers)) {
      return redactValue(Object.fromEntries(value.entries()), depth);
    }
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    out[key] = isSensitiveKey(key) ? CENSORED : redactValue(value[key], depth + 1);
  }
  return out;
}

const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const BEARER_IN_TEXT = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi;

/** Removes email addresses, bearer/basic credentials and URL passwords from free text (messages, stacks). */
export function scrubText(text: string): string {
  if (!text.includes("@") && !/bearer|basic/i.test(text)) return text;
  return text
    .replace(URL_CREDENTIALS, "$1[redacted]@")
    .replace(EMAIL_IN_TEXT, "[email]")
    .replace(BEARER_IN_TEXT, "$1 [redacted]");
}

/** Fields of an error (or a Postgres error) that describe it without carrying row values. */
const SAFE_ERROR_FIELDS = [
  "code",
  "digest",
  "severity",
  "routine",
  "constraint",
  "table",
  "column",
  "schema",
  "status",
];

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  cause?: SerializedError;
  [field: string]: unknown;
}

/**
 * Errors are logged with type, message and stack (ARCHITECTURE: errors logged with stack), but never with
 * arbitrary properties: a Postgres error's `detail` repeats the conflicting row ("Key (email)=(...)") and
 * Drizzle's query error appends the statement's parameters to its message. Both are removed.
 */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!(err instanceof Error)) {
    return { type: typeof err, message: typeof err === "string" ? scrubText(err) : "non-error value thrown" };
  }
  const original = err.message ?? "";
  let message = original;
  // DrizzleQueryError: "Failed query: <sql>\nparams: <values>"
  const paramsAt = message.indexOf("\nparams:");
  if (paramsAt >= 0 && message.startsWith("Failed query:"))
    message = `${message.slice(0, paramsAt)}\nparams: ${CENSORED}`;
  let stack = err.stack;
  if (stack && message !== original) {
    stack = stack.includes(original)
      ? stack.replace(original, message)
      : stack.slice(stack.indexOf("\n    at "));
  }
  const out: SerializedError = {
    type: err.constructor?.name || err.name || "Error",
    message: scrubText(message),
  };
  if (stack) out.stack = scrubText(stack);
  for (const field of SAFE_ERROR_FIELDS) {
    const value: unknown = Reflect.get(err, field);
    if (typeof value === "string" || typeof value === "number") out[field] = value;
  }
  if (err.cause !== undefined && depth < 3) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

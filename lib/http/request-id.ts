/**
 * Request ids: set by the middleware on every request, read by route wrappers and loggers. Edge-safe (no Node
 * APIs) because the middleware imports it.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * An id from upstream (a load balancer, a test, a client retry) is kept when it is a plain token, so one id
 * follows a request through several systems. Anything else is replaced: ids end up in logs and headers, so
 * they must not carry spaces, quotes, newlines or unbounded length.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function isSafeRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SAFE_REQUEST_ID.test(value);
}

/** The incoming id when it is safe, otherwise a new random UUID. */
export function resolveRequestId(incoming: string | null | undefined): string {
  return isSafeRequestId(incoming) ? incoming : crypto.randomUUID();
}

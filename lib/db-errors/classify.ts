/**
 * Recognising database failures through the layers that wrap them (Drizzle's DrizzleQueryError keeps the
 * driver's error as `cause`; node-postgres and the Neon driver both use pg's error shape).
 */
type ErrorLike = { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };

function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    yield current as ErrorLike;
    current = (current as ErrorLike).cause;
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (const e of chain(error)) if (e.code === "23505" && e.constraint === constraint) return true;
  return false;
}

/** Socket-level failures from Node: the server cannot be reached or the connection broke. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
]);

/**
 * SQLSTATEs that mean "the database cannot serve this now; nothing was done; try again": connection
 * exceptions (08), insufficient resources (53), operator intervention such as a restart (57P01-57P03), a
 * statement cancelled by statement_timeout (57014: the server is too slow to answer in time; db/timeouts.ts),
 * and serialisation failures or deadlocks (40001, 40P01), whose transaction was rolled back whole.
 */
function isTransientSqlState(code: string): boolean {
  return (
    code.startsWith("08") ||
    code.startsWith("53") ||
    /^57P0[1-3]$/.test(code) ||
    code === "57014" ||
    code === "40001" ||
    code === "40P01"
  );
}

/**
 * Messages the drivers use when a connection is lost or never made, or a frozen server never answered
 * (pg's query_timeout: "Query read timeout"); they carry no code.
 */
const TRANSIENT_MESSAGE =
  /query read timeout|connection terminated|connection (is )?closed|timeout exceeded when trying to connect|client has encountered a connection error|websocket|socket hang up|server closed the connection|connection refused/i;

/** True when the error means the database was unavailable, as opposed to a bug or a constraint violation. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (
      typeof e.code === "string" &&
      (NETWORK_CODES.has(e.code) || (/^[0-9A-Z]{5}$/.test(e.code) && isTransientSqlState(e.code)))
    ) {
      return true;
    }
    // Drizzle's own message quotes the query and its parameters (attendee input), so it is never matched.
    const fromDriver = typeof e.message === "string" && !e.message.startsWith("Failed query:");
    if (fromDriver && TRANSIENT_MESSAGE.test(e.message as string)) return true;
    // Neon's driver surfaces WebSocket failures as ErrorEvent-like objects without a message of their own.
    if (typeof Event !== "undefined" && (e as unknown) instanceof Event) return true;
  }
  return false;
}

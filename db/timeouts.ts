/**
 * Every wait on the database, in one place (issue 9; ADR 013). A database that is down or frozen (accepting
 * connections, not answering) must turn into a quick "temporarily unavailable" answer, not a request hanging
 * for the platform's 30 s limit, and the pool must heal by itself when the database is back.
 *
 * Client-side limits hold whatever the server does (a frozen server enforces nothing); the server-side ones
 * stop a live but overloaded server from holding a connection, a lock or an open transaction for long.
 * Applied to both drivers by db/client.ts. Scripts that legitimately run long statements (migrations, bench
 * data loads) pass their own values to createDb.
 */
export interface DbTimeouts {
  /** Waiting for a pooled connection, including opening a new one (TCP + startup + authentication). */
  connectionTimeoutMillis: number;
  /**
   * Client-side: a statement sent and no answer for this long fails with "Query read timeout", and
   * db/client.ts then closes that connection (it cannot be reused while the server may still run the
   * statement). Longer than statementTimeoutMillis so a live server answers with its own error first.
   */
  queryTimeoutMillis: number;
  /**
   * Server-side statement_timeout: a live server cancels a statement running longer (SQLSTATE 57014). Lock
   * waits count, so no separate lock_timeout: a queue of orders for the last units still gets its full turn.
   */
  statementTimeoutMillis: number;
  /** Server-side: a session left idle inside a transaction (e.g. its client froze) is ended, freeing its locks. */
  idleInTransactionSessionTimeoutMillis: number;
}

export const requestDbTimeouts: DbTimeouts = {
  connectionTimeoutMillis: 2_000,
  queryTimeoutMillis: 3_000,
  statementTimeoutMillis: 2_500,
  idleInTransactionSessionTimeoutMillis: 5_000,
};

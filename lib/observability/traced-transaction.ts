import "server-only";
import type { Db } from "@/db/client";
import { withSpan } from "./tracing";

/**
 * `db.transaction(run)` inside a span named after what the transaction does ("place-order"), so a trace
 * shows how much of a request was spent holding a transaction open. No extra query: only the span.
 */
export function tracedTransaction<T>(db: Db, name: string, run: (tx: Db) => Promise<T>): Promise<T> {
  return withSpan(
    `db.transaction ${name}`,
    { "db.system.name": "postgresql", "db.operation.name": "transaction", "swagstand.transaction": name },
    () => db.transaction((tx) => run(tx)),
  );
}

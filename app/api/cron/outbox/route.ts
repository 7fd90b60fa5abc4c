import { connection } from "next/server";
import { secretMatches } from "@/lib/crypto/secret-matches";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { getTransport } from "@/lib/mail";
import { dispatchOutbox, type DispatchResult } from "@/lib/mail/dispatcher";
import { withRoute } from "@/lib/observability/with-route";
import { deleteExpiredRateLimits } from "@/lib/rate-limit/consume";
import { LONGEST_WINDOW_MS } from "@/lib/rate-limit/policies";

// Vercel cron calls this every minute (vercel.json). Stop starting new rounds well before the function limit.
export const maxDuration = 60;
const TIME_BUDGET_MS = 40_000;
const MAX_ROUNDS = 25;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Sends due outbox messages. Authorised with `Authorization: Bearer ${CRON_SECRET}` (the header Vercel cron
 * sends). Without CRON_SECRET it is open in development only; production refuses to run unprotected.
 * Safe to call concurrently with other instances and with the in-process loop (claims skip locked rows).
 */
export const GET = withRoute("/api/cron/outbox", async (request) => {
  const authorization = request.headers.get("authorization") ?? "";
  const { CRON_SECRET, NODE_ENV } = env();
  if (!CRON_SECRET) {
    if (NODE_ENV === "production") return json({ error: "CRON_SECRET is not configured" }, 503);
  } else if (!secretMatches(authorization, `Bearer ${CRON_SECRET}`)) {
    return json({ error: "unauthorised" }, 401);
  }
  await connection(); // never prerendered: this sends email

  const started = Date.now();
  const db = getDb();
  // Due supplier batches first, so their emails go out in the rounds below (ADR 024). Loaded here, after the
  // authorisation check, so a refused request never pays for the dispatch code.
  const { sweepSupplierBatches } = await import("@/lib/suppliers/sweep");
  const supplierBatches = (await sweepSupplierBatches({ db })).length;
  const transport = getTransport();
  const totals: DispatchResult & { rounds: number } = { rounds: 0, claimed: 0, sent: 0, retried: 0, dead: 0 };
  while (totals.rounds < MAX_ROUNDS && Date.now() - started < TIME_BUDGET_MS) {
    const round = await dispatchOutbox({ db, transport });
    totals.rounds += 1;
    totals.claimed += round.claimed;
    totals.sent += round.sent;
    totals.retried += round.retried;
    totals.dead += round.dead;
    if (round.claimed < limits.outboxBatchSize) break;
  }
  // Housekeeping riding on the same schedule: counters whose window is long over decide nothing any more.
  const expiredRateLimits = await deleteExpiredRateLimits(db, { olderThanMs: LONGEST_WINDOW_MS });
  return json({ ...totals, supplierBatches, expiredRateLimits, ms: Date.now() - started });
});

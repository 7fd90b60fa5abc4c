import { connection } from "next/server";
import { getDb } from "@/db/client";
import { cronRefusal } from "@/lib/http/cron-authorisation";
import { withRoute } from "@/lib/observability/with-route";

// Vercel cron calls this hourly (vercel.json); stop starting new events well before the function limit.
export const maxDuration = 300;
const TIME_BUDGET_MS = 240_000;

/**
 * Erases the personal data of every event whose retention period is over (ADR 026). Authorised like every
 * cron route (CRON_SECRET). Safe concurrently with other instances and the in-process loop; a run cut short
 * is finished by the next.
 */
export const GET = withRoute("/api/cron/retention", async (request) => {
  const refusal = cronRefusal(request);
  if (refusal) return refusal;
  await connection(); // never prerendered: this erases data
  const started = Date.now();
  const { runRetention } = await import("@/lib/privacy/retention");
  const result = await runRetention({ db: getDb(), deadline: started + TIME_BUDGET_MS });
  return Response.json({ ...result, ms: Date.now() - started }, { headers: { "Cache-Control": "no-store" } });
});

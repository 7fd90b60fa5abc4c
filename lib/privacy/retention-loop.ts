import "server-only";
import { getDb } from "@/db/client";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import { shouldRunOutboxInProcess } from "@/lib/mail/dev-loop";
import { logger } from "@/lib/observability/logger";
import { runRetention } from "./retention";

const globalForLoop = globalThis as typeof globalThis & {
  swagstandRetentionLoop?: ReturnType<typeof setInterval>;
};

/**
 * The in-process retention loop (development and self-hosting), next to the outbox loop and switched off with
 * it (OUTBOX_IN_PROCESS=false; production on Vercel uses /api/cron/retention). Once per process; ticks never
 * overlap; the timer never keeps a process alive. Running it beside the cron is safe (SKIP LOCKED).
 */
export function startRetentionLoop(options: { intervalMs?: number } = {}): boolean {
  if (globalForLoop.swagstandRetentionLoop) return true;
  if (!shouldRunOutboxInProcess()) return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runRetention({ db: getDb() });
      if (result.orders > 0) logger.info(result, "retention: personal data erased");
    } catch (error) {
      if (isDatabaseUnavailable(error)) logger.warn("retention: database unavailable, will retry");
      else logger.warn({ err: error }, "retention: run failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 10 * 60_000);
  timer.unref?.();
  globalForLoop.swagstandRetentionLoop = timer;
  return true;
}

import "server-only";
import { getDb } from "@/db/client";
import { env, type Env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { logger } from "@/lib/observability/logger";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import { dispatchOutbox } from "./dispatcher";
import { sweepSupplierBatches } from "@/lib/suppliers/sweep";
import { getTransport } from "./index";

/**
 * Whether this process sends the outbox itself. The rule is deliberately simple: yes unless
 * OUTBOX_IN_PROCESS=false. `next dev` and a local `next start` (the e2e suite) then deliver mail without a
 * cron; production on Vercel sets OUTBOX_IN_PROCESS=false and relies on the cron route instead. Running both
 * is safe (claims use SKIP LOCKED and sends are idempotent), only wasteful.
 */
export function shouldRunOutboxInProcess(config: Pick<Env, "OUTBOX_IN_PROCESS"> = env()): boolean {
  return config.OUTBOX_IN_PROCESS !== false;
}

interface LoopState {
  timer: ReturnType<typeof setInterval>;
}

// On globalThis so hot reloads and a second import do not start a second loop in the same process.
const globalForLoop = globalThis as typeof globalThis & { swagstandOutboxLoop?: LoopState };

/** At most this many rounds per tick, so one tick drains a burst but never spins forever. */
const MAX_ROUNDS_PER_TICK = 10;

/**
 * Starts the in-process outbox loop once per process (call it from instrumentation.ts `register()` on the
 * Node runtime). Ticks never overlap, and the timer is unref'd so it never keeps a process alive.
 * Returns whether a loop is running after the call.
 */
export function startDevOutboxLoop(options: { intervalMs?: number } = {}): boolean {
  if (globalForLoop.swagstandOutboxLoop) return true;
  if (!shouldRunOutboxInProcess()) return false;

  let running = false;
  let failing = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepSupplierBatches({ db: getDb() });
      for (let round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
        const result = await dispatchOutbox({ db: getDb(), transport: getTransport() });
        if (result.claimed < limits.outboxBatchSize) break;
      }
      if (failing) logger.info("outbox: in-process dispatch recovered");
      failing = false;
    } catch (error) {
      // Database down or similar: the next tick tries again; messages stay in the outbox meanwhile.
      // Logged once per outage, not once a second.
      if (!failing) {
        if (isDatabaseUnavailable(error)) logger.warn("outbox: database unavailable, will keep retrying");
        else logger.warn({ err: error }, "outbox: in-process dispatch failed");
      }
      failing = true;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 1_000);
  timer.unref?.();
  globalForLoop.swagstandOutboxLoop = { timer };
  logger.info({ intervalMs: options.intervalMs ?? 1_000 }, "outbox: in-process dispatcher started");
  return true;
}

/** Stops the loop (tests, graceful shutdown). */
export function stopDevOutboxLoop(): void {
  const state = globalForLoop.swagstandOutboxLoop;
  if (!state) return;
  clearInterval(state.timer);
  globalForLoop.swagstandOutboxLoop = undefined;
}

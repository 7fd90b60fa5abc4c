import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { takeConsoleMessages, watchConsole } from "./console-guard";

/**
 * Setup for the interaction tests (`*.dom.test.tsx`, in jsdom; ADR 005): every test starts with the
 * console watched, and ends unmounted, with its spies restored, and failed if React (or anything else)
 * logged an error or a warning.
 */

beforeEach(() => {
  watchConsole();
});

afterEach(() => {
  // Unmount first: effects' cleanups may log too.
  cleanup();
  vi.restoreAllMocks();
  const messages = takeConsoleMessages();
  if (messages.length > 0) {
    throw new Error(`The test logged to the console:\n\n${messages.join("\n\n")}`);
  }
});

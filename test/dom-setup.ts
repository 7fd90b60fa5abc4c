import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { takeConsoleMessages, watchConsole } from "./console-guard";

/**
 * Setup for the interaction tests (`*.dom.test.tsx`, in jsdom; ADR 005): every test starts with the
 * console watched, and ends unmounted, with its spies restored, and failed if React (or anything else)
 * logged an error or a warning.
 */

// jsdom has no modal dialogs yet: enough of showModal() and close() for <ConfirmButton> — the open attribute
// (which makes the dialog's content visible to role queries) and the close event.
if (typeof HTMLDialogElement.prototype.showModal !== "function") {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.hasAttribute("open")) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

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

import { afterEach, describe, expect, it, vi } from "vitest";
import { fail, ok } from "@/lib/validation/action-result";
import { createDraftSaver, type SaveResult } from "./draft-saver";
import type { SaveState } from "./save-state";
import { hasUnsavedChanges, saveStatusText } from "./save-state";

/** A fake clock for the debounce and a server whose answers the test releases one by one. */
function setup(initialRevision = 1) {
  const timers: { run: () => void; at: number; id: number }[] = [];
  let nextId = 0;
  const calls: { fields: string[]; revision: number; resolve: (r: SaveResult) => void }[] = [];
  const states: SaveState[] = [];
  const saved: { fields: string[]; revision: number }[] = [];
  const saver = createDraftSaver<string[]>({
    initial: [],
    revision: initialRevision,
    delayMs: 800,
    save: (fields, revision) => new Promise((resolve) => calls.push({ fields, revision, resolve })),
    onState: (s) => states.push(s),
    onSaved: ({ fields, revision }) => saved.push({ fields, revision }),
    timers: {
      set: (run, ms) => {
        const id = nextId++;
        timers.push({ run, at: ms, id });
        return id;
      },
      clear: (id: never) => {
        const index = timers.findIndex((t) => t.id === id);
        if (index >= 0) timers.splice(index, 1);
      },
    },
  });
  const tick = () => timers.splice(0).forEach((t) => t.run());
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const answer = (revision: number) => ok("saved", { revision, savedAt: "2025-01-01T12:03:00Z", issues: [] });
  return { saver, timers, calls, states, saved, tick, flush, answer };
}

describe("createDraftSaver", () => {
  it("debounces: many quick changes make one save of the last one, with the current revision", async () => {
    const t = setup(4);
    t.saver.change(["a"]);
    t.saver.change(["a", "b"]);
    const last = ["a", "b", "c"];
    t.saver.change(last);
    expect(t.timers).toHaveLength(1);
    expect(t.timers[0]!.at).toBe(800);
    expect(t.states.at(-1)).toEqual({ kind: "pending" });
    t.tick();
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]!.fields).toBe(last);
    expect(t.calls[0]!.revision).toBe(4);
    t.calls[0]!.resolve(t.answer(5));
    await t.flush();
    expect(t.states.at(-1)).toEqual({ kind: "saved", at: "2025-01-01T12:03:00Z" });
    expect(t.saver.revision).toBe(5);
  });

  it("edits made during a save go out right after it, with the new revision", async () => {
    const t = setup(1);
    t.saver.change(["a"]);
    t.tick();
    const typedMeanwhile = ["a", "b"];
    t.saver.change(typedMeanwhile);
    t.tick(); // the debounce fires while the first save is still on its way: no second request yet
    expect(t.calls).toHaveLength(1);
    t.calls[0]!.resolve(t.answer(2));
    await t.flush();
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1]!.fields).toBe(typedMeanwhile);
    expect(t.calls[1]!.revision).toBe(2);
    expect(t.states.at(-1)).toEqual({ kind: "saving" });
    t.calls[1]!.resolve(t.answer(3));
    await t.flush();
    expect(t.saved.map((s) => s.revision)).toEqual([2, 3]);
    expect(t.states.at(-1)?.kind).toBe("saved");
  });

  it("a failure keeps the edits: Retry sends them again", async () => {
    const t = setup(1);
    const fields = ["a"];
    t.saver.change(fields);
    t.tick();
    t.calls[0]!.resolve(fail("unavailable", "the database is down"));
    await t.flush();
    expect(t.states.at(-1)).toEqual({ kind: "failed", message: "the database is down" });
    expect(hasUnsavedChanges(t.states.at(-1)!)).toBe(true);
    void t.saver.run();
    expect(t.calls[1]!.fields).toBe(fields);
    expect(t.calls[1]!.revision).toBe(1);
  });

  it("a thrown request (offline) is a failure, not a crash", async () => {
    const t = setup(1);
    const saver = createDraftSaver<string[]>({
      initial: [],
      revision: 1,
      delayMs: 0,
      save: () => Promise.reject(new Error("fetch failed")),
      onState: (s) => t.states.push(s),
      onSaved: () => {},
    });
    saver.change(["a"]);
    await saver.run();
    expect(t.states.at(-1)?.kind).toBe("failed");
  });

  it("a conflict stops autosaving", async () => {
    const t = setup(1);
    t.saver.change(["a"]);
    t.tick();
    t.calls[0]!.resolve(fail("conflict", "Someone else changed the form"));
    await t.flush();
    expect(t.states.at(-1)).toEqual({ kind: "conflict", message: "Someone else changed the form" });
    t.saver.change(["a", "b"]);
    expect(t.timers).toHaveLength(0);
    await t.saver.run();
    expect(t.calls).toHaveLength(1);
  });
});

describe("default timers", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("call setTimeout unbound, as browsers require (a method call on another object throws Illegal invocation)", () => {
    const strictTimer = function (this: unknown, run: () => void) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return run;
    };
    vi.stubGlobal("setTimeout", strictTimer);
    vi.stubGlobal("clearTimeout", strictTimer);
    const saver = createDraftSaver({
      initial: [] as string[],
      revision: 0,
      save: async () => ok("saved", { revision: 1, savedAt: "2025-01-01T12:00:00Z", issues: [] }),
      delayMs: 800,
      onState: () => {},
      onSaved: () => {},
    });
    expect(() => saver.change(["a"])).not.toThrow();
  });
});

describe("status line", () => {
  it("reads as the brief says", () => {
    const clock = () => "12:03";
    expect(saveStatusText({ kind: "saving" }, clock)).toBe("Saving…");
    expect(saveStatusText({ kind: "saved", at: "x" }, clock)).toBe("Saved 12:03");
    expect(saveStatusText({ kind: "failed", message: "offline" }, clock)).toBe("Not saved: offline");
    expect(hasUnsavedChanges({ kind: "saved", at: "x" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { LeaseBook, type ClaimAnswer } from "./lease";

/**
 * The lease bookkeeping without a database: a fake counter stands in for the upsert (count += claimed size in
 * one window), a fake clock for time. The database side is proven in order-rate-limit.integration.test.ts.
 */
function fakeCounter(windowMs = 60_000) {
  let count = 0;
  let claims = 0;
  return {
    claim(size: number): ClaimAnswer {
      claims++;
      count += size;
      return { counterKey: "c", count, windowStartedAt: "w1", msLeft: windowMs };
    },
    get claims() {
      return claims;
    },
  };
}

async function attempt(
  book: LeaseBook,
  counter: ReturnType<typeof fakeCounter>,
  limit: number,
  maxLease: number,
) {
  const reservation = await book.reserve([{ key: "k", limit, maxLease }]);
  const [claim] = reservation.claims();
  reservation.settle(new Map(claim ? [["k", counter.claim(claim.size)]] : []));
  return reservation;
}

describe("LeaseBook", () => {
  it("lets exactly the limit through on one instance, in a few claims that double up to the largest lease", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    const allowed = [];
    for (let i = 0; i < 1_000; i++)
      allowed.push((await attempt(book, counter, 500, 50)).decision("k").allowed);
    expect(allowed.filter(Boolean)).toHaveLength(500);
    expect(allowed.slice(0, 500).every(Boolean)).toBe(true);
    // Blocks of 1, 1, 2, then as many as already used (claimed ahead when half spent), up to 50: 17 claims
    // for 500 counts, not 500; then refused from memory.
    expect(counter.claims).toBe(17);
  });

  it("a quiet key claims one count per attempt, as exact as a plain counter", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    const reservation = await attempt(book, counter, 30, 1);
    expect(reservation.decision("k").allowed).toBe(true);
    expect(counter.claims).toBe(1);
    await attempt(book, counter, 30, 1);
    expect(counter.claims).toBe(2);
  });

  it("refuses with the time left in the window, from memory once the counter has run out", async () => {
    let now = 0;
    const book = new LeaseBook(() => now);
    const counter = fakeCounter(60_000);
    await attempt(book, counter, 1, 1);
    now = 15_000;
    const refused = await attempt(book, counter, 1, 1);
    expect(refused.decision("k")).toEqual({ allowed: false, retryAfterSeconds: 45 });
    const claims = counter.claims;
    expect((await attempt(book, counter, 1, 1)).decision("k").allowed).toBe(false);
    expect(counter.claims).toBe(claims);
  });

  it("a lease ends with its window: leftover counts are not spent in the next one", async () => {
    let now = 0;
    const book = new LeaseBook(() => now);
    const counter = fakeCounter(60_000);
    for (let i = 0; i < 4; i++) await attempt(book, counter, 100, 10); // claims 1, 1, 2: one count left over
    now = 60_000;
    const claims = counter.claims;
    await attempt(book, counter, 100, 10);
    expect(counter.claims).toBe(claims + 1);
  });

  it("a count given back returns to its lease, and is spent by the next attempt without a claim", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    const first = await attempt(book, counter, 1, 1);
    first.giveBack();
    expect((await attempt(book, counter, 1, 1)).decision("k").allowed).toBe(true);
    expect(counter.claims).toBe(1);
  });

  it("an attempt that finds the lease empty while a claim is in flight waits for it, then spends from it", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    const key = { key: "k", limit: 100, maxLease: 10 };
    for (let i = 0; i < 2; i++) await attempt(book, counter, 100, 10); // blocks of 1 and 1: used 2, empty
    const claimer = await book.reserve([key]);
    expect(claimer.claims()).toEqual([{ key: "k", size: 2 }]);
    let woke = false;
    const waiter = book.reserve([key]).then((r) => ((woke = true), r));
    await new Promise((resolve) => setImmediate(resolve));
    expect(woke).toBe(false);
    claimer.settle(new Map([["k", counter.claim(2)]]));
    const reservation = await waiter;
    expect(reservation.decision("k").allowed).toBe(true); // the claim's second count
    // The lease is empty again: this attempt claims the next block ahead (as many as used so far).
    expect(reservation.claims()).toEqual([{ key: "k", size: 4 }]);
    expect(counter.claims).toBe(3);
  });

  it("a block is claimed ahead when half the last one is spent, so attempts meanwhile do not wait", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    const key = { key: "k", limit: 1_000, maxLease: 8 };
    for (let i = 0; i < 20; i++) await attempt(book, counter, 1_000, 8);
    const ahead = await book.reserve([key]);
    const others = await Promise.all([book.reserve([key]), book.reserve([key])]);
    // Whichever attempt claims ahead, the others spend what is left of the lease without waiting for it.
    expect([ahead, ...others].every((r) => r.decision("k").allowed)).toBe(true);
    expect([ahead, ...others].filter((r) => r.claims().length > 0).length).toBeLessThanOrEqual(1);
  });

  it("a failed claim wakes the waiters, who then claim for themselves", async () => {
    const book = new LeaseBook(() => 0);
    const claimer = await book.reserve([{ key: "k", limit: 10, maxLease: 5 }]);
    const waiter = book.reserve([{ key: "k", limit: 10, maxLease: 5 }]);
    claimer.abandon();
    expect((await waiter).claims()).toEqual([{ key: "k", size: 1 }]);
  });
});

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
    // 1, 1, 2, 4, 8, 16, 32, then 50 at a time: 16 claims for 500 counts, not 500; then refused from memory.
    expect(counter.claims).toBe(16);
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

  it("attempts that find the lease empty while a claim is in flight wait for it instead of claiming too", async () => {
    const book = new LeaseBook(() => 0);
    const counter = fakeCounter();
    for (let i = 0; i < 4; i++) await attempt(book, counter, 100, 10); // this instance has used 4: next claim 4
    const claimer = await book.reserve([{ key: "k", limit: 100, maxLease: 10 }]);
    expect(claimer.claims()).toEqual([{ key: "k", size: 4 }]);
    const waiters = Array.from({ length: 3 }, () => book.reserve([{ key: "k", limit: 100, maxLease: 10 }]));
    claimer.settle(new Map([["k", counter.claim(4)]]));
    const reservations = await Promise.all(waiters);
    expect(reservations.map((r) => r.claims())).toEqual([[], [], []]);
    expect(reservations.every((r) => r.decision("k").allowed)).toBe(true);
  });

  it("a failed claim wakes the waiters, who then claim for themselves", async () => {
    const book = new LeaseBook(() => 0);
    const claimer = await book.reserve([{ key: "k", limit: 10, maxLease: 5 }]);
    const waiter = book.reserve([{ key: "k", limit: 10, maxLease: 5 }]);
    claimer.abandon();
    expect((await waiter).claims()).toEqual([{ key: "k", size: 1 }]);
  });
});

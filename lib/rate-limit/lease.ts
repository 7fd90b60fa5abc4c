/**
 * Leased counts of a shared fixed-window counter (ADR 035). One database upsert claims a block of counts for
 * this instance; later attempts on this instance spend them from memory until they run out or the window
 * ends. Every attempt let through spends a count the database granted in that window, so the limit holds
 * across instances: an instance may refuse early (counts leased by another instance, or by one that stopped,
 * are not spendable here), never late.
 *
 * How large a claim is: as many counts as this instance has already let through on that key in the window
 * (at least 1, at most `maxLease`). A quiet key claims one count per attempt, as exact as a plain counter;
 * a busy key's claims double until they reach `maxLease`, so its database writes grow with the logarithm of
 * its attempts. One claim per key is in flight at a time on an instance: attempts that find the lease empty
 * while a claim is on its way wait for it; an attempt that leaves the lease below half its last block claims
 * the next one ahead, so an instance holds less than one and a half blocks unspent.
 *
 * The clock is this process's monotonic one; a lease ends when the database said its window ends, counted
 * from before the claim was sent, so it never outlives the database's window whatever the two clocks say.
 */

/** A key to count one attempt against, with its limit and the largest block one claim may take. */
export type LeasedKey = { key: string; limit: number; maxLease: number };

/** What the database answered for one claimed key (the counter after the claim). */
export type ClaimAnswer = {
  /** The counter's own key in the database. */
  counterKey: string;
  /** The counter after adding this claim's size (attempts beyond the limit are counted too). */
  count: number;
  /** The window this claim was counted in, as Postgres wrote it. */
  windowStartedAt: string;
  /** Milliseconds until that window ends, by the database's clock. */
  msLeft: number;
};

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Lease = {
  counterKey: string;
  windowStartedAt: string;
  /** Monotonic time (ms) by which the window has certainly ended. */
  endsAt: number;
  /** Counts granted and not yet spent. */
  left: number;
  /** Counts of this window let through on this instance, net of give-backs: the next claim's size. */
  used: number;
  /** The database had no counts left to grant in this window. */
  exhausted: boolean;
  /** The size of the last block claimed. */
  lastBlock: number;
};

type Claim = { size: number; limit: number; done: () => void };

type Outcome =
  | { kind: "taken"; lease: Lease }
  | { kind: "refused"; retryAfterSeconds: number }
  | { kind: "claim"; size: number; limit: number; done: () => void }
  /** The statement counted nothing for this key (the event takes no orders). */
  | { kind: "uncounted" };

/** Leases this many keys before expired ones are swept (a per-client key per ordering client). */
const SWEEP_ABOVE = 5_000;

export class LeaseBook {
  private readonly leases = new Map<string, Lease>();
  private readonly claiming = new Map<string, Promise<void>>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /**
   * Takes one count for each key from this instance's leases where it can, and says what to claim from the
   * database where it cannot. The answer must be settled (or abandoned) once the claiming statement is done:
   * other attempts on the same keys wait for it.
   */
  async reserve(keys: readonly LeasedKey[]): Promise<Reservation> {
    // Wait out claims in flight on keys this attempt would have to claim; register its own claims only
    // when none is left, synchronously, so an attempt never holds a claim while it waits for another.
    for (;;) {
      const waits = keys
        .filter((k) => this.needsClaim(k.key))
        .map((k) => this.claiming.get(k.key))
        .filter((p): p is Promise<void> => p !== undefined);
      if (waits.length === 0) break;
      await Promise.all(waits);
    }
    const sentBy = this.clock();
    const outcomes = new Map<string, Outcome>();
    const refills = new Map<string, Claim>();
    for (const { key, limit, maxLease } of keys) {
      const lease = this.live(key);
      if (lease && lease.left > 0) {
        lease.left--;
        lease.used++;
        outcomes.set(key, { kind: "taken", lease });
        // Refill ahead: down to half its last block, this attempt also claims the next one, so the instance's
        // other attempts keep spending meanwhile instead of all waiting for a claim once the lease is empty.
        if (
          !lease.exhausted &&
          lease.lastBlock > 1 &&
          lease.left < lease.lastBlock / 2 &&
          !this.claiming.has(key)
        )
          refills.set(key, { size: Math.min(maxLease, lease.used), limit, done: this.startClaim(key) });
      } else if (lease?.exhausted) {
        outcomes.set(key, { kind: "refused", retryAfterSeconds: this.secondsLeft(lease) });
      } else {
        const size = Math.max(1, Math.min(maxLease, lease?.used ?? 0));
        outcomes.set(key, { kind: "claim", size, limit, done: this.startClaim(key) });
      }
    }
    if (this.leases.size > SWEEP_ABOVE) this.sweep();
    return new Reservation(this, outcomes, refills, sentBy);
  }

  /** Registers a claim in flight on `key`; the answer ends it and wakes the attempts waiting for it. */
  private startClaim(key: string): () => void {
    let done = () => {};
    this.claiming.set(
      key,
      new Promise<void>((resolve) => {
        done = () => {
          this.claiming.delete(key);
          resolve();
        };
      }),
    );
    return done;
  }

  /** Forgets the leases of these keys (their counter moved, e.g. a slug now names another event). */
  forget(keys: readonly string[]): void {
    for (const key of keys) this.leases.delete(key);
  }

  /** @internal Reservation's bookkeeping. */
  record(key: string, answer: ClaimAnswer, size: number, limit: number, sentBy: number): Outcome {
    const lease = this.leaseFor(key, answer, sentBy);
    lease.lastBlock = size;
    // Counts before this claim were granted to others (or refused); of this claim's, those within the limit.
    const granted = Math.min(size, Math.max(0, limit - (answer.count - size)));
    if (granted < size) lease.exhausted = true;
    if (granted === 0) return { kind: "refused", retryAfterSeconds: this.secondsLeft(lease) };
    lease.left += granted - 1;
    lease.used++;
    return { kind: "taken", lease };
  }

  /** @internal A block claimed ahead by an attempt that spent from the lease: all of it goes to the lease. */
  refill(key: string, answer: ClaimAnswer, size: number, limit: number, sentBy: number): void {
    const lease = this.leaseFor(key, answer, sentBy);
    lease.lastBlock = size;
    const granted = Math.min(size, Math.max(0, limit - (answer.count - size)));
    if (granted < size) lease.exhausted = true;
    lease.left += granted;
  }

  /** This key's lease for the window the answer was counted in (a new one when the window is new). */
  private leaseFor(key: string, answer: ClaimAnswer, sentBy: number): Lease {
    let lease = this.live(key);
    if (
      !lease ||
      lease.counterKey !== answer.counterKey ||
      lease.windowStartedAt !== answer.windowStartedAt
    ) {
      lease = {
        counterKey: answer.counterKey,
        windowStartedAt: answer.windowStartedAt,
        endsAt: sentBy + answer.msLeft,
        left: 0,
        used: 0,
        exhausted: false,
        lastBlock: 1,
      };
      this.leases.set(key, lease);
    }
    return lease;
  }

  /** @internal A count an attempt took and did not use goes back to its lease, if that lease still runs. */
  giveBack(key: string, lease: Lease): void {
    if (this.leases.get(key) !== lease || this.clock() >= lease.endsAt) return;
    lease.left++;
    lease.used--;
  }

  /** @internal */
  counterKeyOf(lease: Lease): string {
    return lease.counterKey;
  }

  private needsClaim(key: string): boolean {
    const lease = this.live(key);
    return !lease || (lease.left === 0 && !lease.exhausted);
  }

  private live(key: string): Lease | undefined {
    const lease = this.leases.get(key);
    return lease && this.clock() < lease.endsAt ? lease : undefined;
  }

  private secondsLeft(lease: Lease): number {
    return Math.max(1, Math.ceil((lease.endsAt - this.clock()) / 1000));
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, lease] of this.leases) if (now >= lease.endsAt) this.leases.delete(key);
  }
}

/** One attempt's counts: taken from leases, refused from them, or to be claimed by a statement. */
export class Reservation {
  private settled = false;

  constructor(
    private readonly book: LeaseBook,
    private readonly outcomes: Map<string, Outcome>,
    private readonly refills: Map<string, Claim>,
    private readonly sentBy: number,
  ) {}

  /** The keys to claim and how many counts each (empty when the leases covered the attempt). */
  claims(): { key: string; size: number }[] {
    return [
      ...[...this.outcomes].flatMap(([key, o]) => (o.kind === "claim" ? [{ key, size: o.size }] : [])),
      ...[...this.refills].map(([key, r]) => ({ key, size: r.size })),
    ];
  }

  /** Records what the claiming statement answered (keys it did not count are `uncounted`), and wakes waiters. */
  settle(answers: ReadonlyMap<string, ClaimAnswer>): void {
    if (!this.settled)
      for (const [key, r] of this.refills) {
        const answer = answers.get(key);
        if (answer) this.book.refill(key, answer, r.size, r.limit, this.sentBy);
      }
    this.finish((key, claim) => {
      const answer = answers.get(key);
      return answer
        ? this.book.record(key, answer, claim.size, claim.limit, this.sentBy)
        : { kind: "uncounted" };
    });
  }

  /** The claiming statement failed: nothing was claimed; counts taken from leases go back. */
  abandon(): void {
    this.finish(() => ({ kind: "uncounted" }));
    this.giveBack();
  }

  /** The attempt was refused before anything was written: its counts go back to the leases they came from. */
  giveBack(): void {
    for (const [key, o] of this.outcomes) {
      if (o.kind !== "taken") continue;
      this.book.giveBack(key, o.lease);
      this.outcomes.set(key, { kind: "uncounted" });
    }
  }

  /** The decision for one key (after settle). An uncounted key is allowed: nothing was counted to refuse. */
  decision(key: string): Decision {
    const o = this.outcomes.get(key);
    if (o?.kind === "refused") return { allowed: false, retryAfterSeconds: o.retryAfterSeconds };
    return { allowed: true };
  }

  /** The database counter a taken count came from (to check it is the counter the attempt meant). */
  counterKey(key: string): string | undefined {
    const o = this.outcomes.get(key);
    return o?.kind === "taken" ? this.book.counterKeyOf(o.lease) : undefined;
  }

  private finish(outcomeOf: (key: string, claim: Extract<Outcome, { kind: "claim" }>) => Outcome): void {
    if (this.settled) return;
    this.settled = true;
    for (const r of this.refills.values()) r.done();
    for (const [key, o] of this.outcomes) {
      if (o.kind !== "claim") continue;
      this.outcomes.set(key, outcomeOf(key, o));
      o.done();
    }
  }
}

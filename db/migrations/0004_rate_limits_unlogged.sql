-- Rate-limit counters are disposable (a lost counter restarts at 1): no WAL for them, so the check on every
-- order costs no extra WAL write or commit flush (docs/decisions/012-rate-limits-and-client-address.md).
-- A rewrite of a small table under a brief lock; counters are emptied after a database crash, by design.
ALTER TABLE "rate_limits" SET UNLOGGED;

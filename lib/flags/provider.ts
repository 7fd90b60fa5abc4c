import "server-only";
import type { Db } from "@/db/client";
import { defaultRule } from "./definitions";
import { evaluateFlag, type FlagRule, type FlagSubject } from "./rules";
import { readFlagRules } from "./store";

/**
 * Swagstand's Postgres flag provider (ADR 027): every rule in one small query, kept in this instance's memory for
 * FLAG_CACHE_MS, so a flag flip changes behaviour everywhere within that time without a restart, and a busy page
 * asks the database at most once per period per instance. Concurrent readers share the query in flight. A
 * database error keeps the last rules known (or none: every flag at its default) rather than failing the page.
 */
export const FLAG_CACHE_MS = 5_000;

export function createFlagProvider(load: () => Promise<Map<string, FlagRule>>, now: () => number = Date.now) {
  let rules: { byKey: Map<string, FlagRule>; until: number } | undefined;
  let inFlight: Promise<Map<string, FlagRule>> | undefined;

  async function current(): Promise<Map<string, FlagRule>> {
    if (rules && now() < rules.until) return rules.byKey;
    inFlight ??= load()
      .then((byKey) => {
        rules = { byKey, until: now() + FLAG_CACHE_MS };
        return byKey;
      })
      .catch(() => rules?.byKey ?? new Map<string, FlagRule>())
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    async isOn(key: string, subject: FlagSubject): Promise<boolean> {
      return evaluateFlag((await current()).get(key) ?? defaultRule(key), subject);
    },
    /** Forget the cached rules (the instance that saved a flag sees it at once). */
    invalidate(): void {
      rules = undefined;
    },
  };
}

// On globalThis: Next bundles routes separately, and every route of an instance should share one cache.
const STORE = Symbol.for("swagstand.flags.provider");
const shared = globalThis as typeof globalThis & { [STORE]?: ReturnType<typeof createFlagProvider> };

export function flagProvider(getDb: () => Db): ReturnType<typeof createFlagProvider> {
  return (shared[STORE] ??= createFlagProvider(() => readFlagRules(getDb())));
}

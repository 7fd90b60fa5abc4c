import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, featureFlags, organisations } from "@/db/schema";
import { logger } from "@/lib/observability/logger";
import { defaultRule, FLAG_DEFINITIONS, FLAG_KEYS, type FlagKey } from "./definitions";
import type { FlagRule } from "./rules";

/**
 * The `feature_flags` table: Swagstand's own flag provider (ADR 027), so flags work self-hosted and on Vercel
 * alike. Reads for evaluation go through lib/flags/provider.ts (a short cache); the operator page reads here.
 */

export type FlagState = FlagRule & { key: FlagKey; description: string; updatedAt: Date | null };

/** Every flag the code defines, with its stored state (no row yet: its default, lib/flags/definitions.ts). */
export async function listFlags(db: Db): Promise<FlagState[]> {
  const rows = await db.select().from(featureFlags).where(inArray(featureFlags.key, FLAG_KEYS));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return FLAG_KEYS.map((key) => {
    const row = byKey.get(key) ?? { ...defaultRule(key), updatedAt: null };
    return {
      key,
      description: FLAG_DEFINITIONS[key].description,
      enabled: row.enabled,
      rolloutPercent: row.rolloutPercent,
      orgIds: row.orgIds,
      eventIds: row.eventIds,
      updatedAt: row.updatedAt,
    };
  });
}

/** Every stored rule, for the provider's cache (one small query for all flags). */
export async function readFlagRules(db: Db): Promise<Map<string, FlagRule>> {
  const rows = await db
    .select({
      key: featureFlags.key,
      enabled: featureFlags.enabled,
      rolloutPercent: featureFlags.rolloutPercent,
      orgIds: featureFlags.orgIds,
      eventIds: featureFlags.eventIds,
    })
    .from(featureFlags);
  return new Map(rows.map((r) => [r.key, r]));
}

export type SaveFlagResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * An operator saves a flag. Allow-listed ids must name existing organisations and events (a typo would silently
 * enable nothing). Audit: the row keeps who and when, and a structured audit line is logged (the flag belongs to
 * no organisation, so there is no organisation audit log to write it to).
 */
export async function saveFlag({
  db,
  userId,
  flag,
}: {
  db: Db;
  userId: string;
  flag: { key: FlagKey; enabled: boolean; rolloutPercent: number; orgIds: string[]; eventIds: string[] };
}): Promise<SaveFlagResult> {
  const fieldErrors: Record<string, string[]> = {};
  const missing = async (ids: string[], table: typeof organisations | typeof events) => {
    if (ids.length === 0) return [];
    const found = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
    const known = new Set(found.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  };
  const unknownOrgs = await missing(flag.orgIds, organisations);
  if (unknownOrgs.length > 0)
    fieldErrors.orgIds = [`No organisation has the id ${unknownOrgs.slice(0, 3).join(", ")}`];
  const unknownEvents = await missing(flag.eventIds, events);
  if (unknownEvents.length > 0)
    fieldErrors.eventIds = [`No event has the id ${unknownEvents.slice(0, 3).join(", ")}`];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const values = {
    description: FLAG_DEFINITIONS[flag.key].description,
    enabled: flag.enabled,
    rolloutPercent: flag.rolloutPercent,
    orgIds: flag.orgIds,
    eventIds: flag.eventIds,
    updatedByUserId: userId,
    updatedAt: new Date(),
  };
  await db
    .insert(featureFlags)
    .values({ key: flag.key, ...values })
    .onConflictDoUpdate({ target: featureFlags.key, set: values });
  logger.info(
    {
      audit: "operator.flag_changed",
      actorUserId: userId,
      flag: flag.key,
      enabled: flag.enabled,
      rolloutPercent: flag.rolloutPercent,
      orgIds: flag.orgIds.length,
      eventIds: flag.eventIds.length,
    },
    "operator changed a feature flag",
  );
  return { ok: true };
}

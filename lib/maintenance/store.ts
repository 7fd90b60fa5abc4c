import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, operatorSettings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { logger } from "@/lib/observability/logger";
import {
  effectiveMaintenance,
  globalMaintenance,
  type EffectiveMaintenance,
  type MaintenanceMode,
  type MaintenanceSetting,
} from "./mode";

/**
 * Where the maintenance settings live (ADR 027): the global one in the single `operator_settings` row, each
 * event's on its `events` row. Reads here go to the database; lib/maintenance/cached.ts puts the reads attendee
 * pages make behind the Next data cache, and the order and cancel transactions read the columns themselves.
 */

/** MAINTENANCE_MODE / MAINTENANCE_MESSAGE, read on every call so an instance restarted with them obeys at once. */
function environmentOverride() {
  return {
    MAINTENANCE_MODE: process.env.MAINTENANCE_MODE,
    MAINTENANCE_MESSAGE: process.env.MAINTENANCE_MESSAGE,
  };
}

/** The global setting as stored (no row yet: off). */
export async function readStoredGlobal(db: Db): Promise<MaintenanceSetting> {
  const [row] = await db
    .select({ mode: operatorSettings.maintenanceMode, message: operatorSettings.maintenanceMessage })
    .from(operatorSettings)
    .limit(1);
  return row ?? { mode: "off", message: null };
}

/** The global setting this instance obeys: the stored one unless the environment overrides it. */
export async function readGlobal(db: Db): Promise<MaintenanceSetting & { overriddenByEnvironment: boolean }> {
  const stored = await readStoredGlobal(db);
  const override = environmentOverride();
  return {
    ...globalMaintenance(stored, override),
    overriddenByEnvironment: Boolean(
      override.MAINTENANCE_MODE?.trim() || override.MAINTENANCE_MESSAGE?.trim(),
    ),
  };
}

/** A scalar subquery of the stored global mode, for statements that already read the event (one round trip). */
export const storedGlobalModeSql = sql<MaintenanceMode | null>`(select ${operatorSettings.maintenanceMode} from ${operatorSettings} limit 1)`;
export const storedGlobalMessageSql = sql<
  string | null
>`(select ${operatorSettings.maintenanceMessage} from ${operatorSettings} limit 1)`;

/** The effective mode from columns a statement read (the event's and the stored global ones). */
export function effectiveFromColumns(columns: {
  eventMode: MaintenanceMode;
  eventMessage: string | null;
  globalMode: MaintenanceMode | null;
  globalMessage: string | null;
}): EffectiveMaintenance {
  const stored = columns.globalMode ? { mode: columns.globalMode, message: columns.globalMessage } : null;
  return effectiveMaintenance(globalMaintenance(stored, environmentOverride()), {
    mode: columns.eventMode,
    message: columns.eventMessage,
  });
}

const PUBLIC_STATUSES = ["published", "closed"] as const;

/**
 * The effective maintenance of an attendee-visible event, in one statement. An unknown, draft or archived slug
 * gets the global setting alone (its pages are a 404 anyway, and nothing about it leaks).
 */
export async function readEffectiveForSlug(db: Db, slug: string): Promise<EffectiveMaintenance> {
  const [row] = await db
    .select({ eventMode: events.maintenanceMode, eventMessage: events.maintenanceMessage })
    .from(events)
    .where(and(eq(events.slug, slug.toLowerCase()), inArray(events.status, [...PUBLIC_STATUSES])))
    .limit(1);
  const global = await readGlobal(db);
  return effectiveMaintenance(global, row ? { mode: row.eventMode, message: row.eventMessage } : null);
}

/**
 * An operator changes the global setting. Audit: the row keeps who and when; the change is also logged as a
 * structured audit line (audit_entries belong to one organisation, and this setting belongs to none).
 */
export async function saveGlobal({
  db,
  userId,
  setting,
}: {
  db: Db;
  userId: string;
  setting: MaintenanceSetting;
}): Promise<void> {
  const values = {
    maintenanceMode: setting.mode,
    maintenanceMessage: setting.message,
    updatedByUserId: userId,
    updatedAt: new Date(),
  };
  await db
    .insert(operatorSettings)
    .values({ id: true, ...values })
    .onConflictDoUpdate({ target: operatorSettings.id, set: values });
  logger.info(
    { audit: "operator.maintenance_changed", actorUserId: userId, mode: setting.mode },
    "operator changed the global maintenance mode",
  );
}

/** An owner or organiser changes one event's setting, with an audit entry in the same transaction. */
export async function saveEventMaintenance({
  db,
  orgId,
  eventId,
  userId,
  setting,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  userId: string;
  setting: MaintenanceSetting;
}): Promise<{ slug: string } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(events)
      .set({ maintenanceMode: setting.mode, maintenanceMessage: setting.message })
      .where(and(eq(events.id, eventId), eq(events.orgId, orgId)))
      .returning({ slug: events.slug });
    if (!row) return null;
    await recordAudit(tx, {
      orgId,
      actorUserId: userId,
      action: "event.maintenance_changed",
      targetType: "event",
      targetId: eventId,
      details: { mode: setting.mode, hasMessage: Boolean(setting.message) },
    });
    return row;
  });
}

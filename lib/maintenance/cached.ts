import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import type { EffectiveMaintenance, MaintenanceSetting } from "./mode";
import { readEffectiveForSlug, readGlobal } from "./store";

/**
 * The maintenance reads attendee traffic makes, through the Next data cache: the same cache the ISR landing
 * page lives in, tagged so a change is seen at once by the instance that made it (updateTag in the settings
 * actions; on Vercel the data cache and its tags are shared by every instance), and kept at most
 * MAINTENANCE_CACHE_SECONDS elsewhere (self-hosted instances each keep their own cache). ADR 027.
 */
export const MAINTENANCE_CACHE_SECONDS = 5;

/** Every maintenance entry: the global setting changes what every event answers. */
export const MAINTENANCE_TAG = "maintenance";

export const maintenanceForSlug = (slug: string): Promise<EffectiveMaintenance> =>
  unstable_cache(() => readEffectiveForSlug(getDb(), slug), ["maintenance-effective", slug], {
    revalidate: MAINTENANCE_CACHE_SECONDS,
    tags: [MAINTENANCE_TAG],
  })();

export const cachedGlobalMaintenance = (): Promise<
  MaintenanceSetting & { overriddenByEnvironment: boolean }
> =>
  unstable_cache(() => readGlobal(getDb()), ["maintenance-global"], {
    revalidate: MAINTENANCE_CACHE_SECONDS,
    tags: [MAINTENANCE_TAG],
  })();

import type { Db } from "@/db/client";
import type { World } from "./world";

/**
 * A valid input for an endpoint, acting on organisation B's records. Keyed "path#export", e.g.
 * "app/dashboard/[orgId]/events/actions.ts#publishEvent". The authorization test runs every endpoint with
 * its sample: refused for outsiders and lacking roles, accepted for a role that holds the permission.
 * A sample may create extra records in organisation B with `db` (it runs before the snapshot is taken).
 */
export type Sample = (world: World, db: Db) => Record<string, unknown> | Promise<Record<string, unknown>>;
export type SampleTable = Record<string, Sample>;

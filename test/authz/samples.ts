import type { World } from "./world";

/**
 * A valid input for an endpoint, acting on organisation B's records. Keyed "path#export", e.g.
 * "app/dashboard/[orgId]/events/actions.ts#publishEvent". The authorization test runs every endpoint with
 * its sample: refused for outsiders and lacking roles, accepted for a role that holds the permission.
 */
export type Sample = (world: World) => Record<string, unknown>;
export type SampleTable = Record<string, Sample>;

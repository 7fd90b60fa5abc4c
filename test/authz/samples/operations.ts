import type { SampleTable } from "../samples";

const settings = "app/dashboard/[orgId]/events/[eventId]/settings";

/**
 * Maintenance and flags (ADR 027). The operator's samples leave the shared global row and the flag at their
 * usual state (off; on for everyone), since every test file shares them.
 */
export const samples: SampleTable = {
  [`${settings}/loaders.ts#loadEventMaintenance`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
  [`${settings}/maintenance-actions.ts#saveEventMaintenanceAction`]: (w) => ({
    orgId: w.b.orgId,
    eventId: w.b.eventId,
    mode: "read_only",
    message: "Stocktake, back at noon",
  }),
  "app/dashboard/operator/loaders.ts#loadOperatorPage": () => ({}),
  "app/dashboard/operator/actions.ts#saveGlobalMaintenanceAction": () => ({ mode: "off", message: "" }),
  "app/dashboard/operator/actions.ts#saveFlagAction": () => ({
    key: "order-link-resend",
    enabled: true,
    rolloutPercent: 100,
    orgIds: "",
    eventIds: "",
  }),
};

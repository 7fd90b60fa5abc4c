import type { SampleTable } from "../samples";

export const samples: SampleTable = {
  "app/dashboard/loaders.ts#loadMyMemberships": () => ({}),
  "app/dashboard/actions.ts#createOrganisationAction": () => ({ name: "Another org" }),
  "app/dashboard/actions.ts#signOutAction": () => ({}),
  "app/dashboard/[orgId]/loaders.ts#loadOrgShell": (w) => ({ orgId: w.b.orgId }),
};

import type { SampleTable } from "../samples";

const dir = "app/dashboard/[orgId]/privacy";
/** The world's attendee address: the owner's export must hold their data, every other role is refused. */
const attendeeEmail = (w: Parameters<SampleTable[string]>[0]) => w.personalData[1]!;

export const samples: SampleTable = {
  [`${dir}/loaders.ts#loadPrivacy`]: (w) => ({ orgId: w.b.orgId, email: attendeeEmail(w) }),
  [`${dir}/loaders.ts#loadPrivacyExport`]: (w) => ({ orgId: w.b.orgId, email: attendeeEmail(w) }),
  [`${dir}/actions.ts#eraseByEmailAction`]: (w) => ({ orgId: w.b.orgId, email: attendeeEmail(w) }),
  [`${dir}/actions.ts#eraseEventNowAction`]: (w) => ({ orgId: w.b.orgId, eventId: w.b.eventId }),
};

// Retention settings (issue 13): a changed value, so the allowed role's success really writes.
Object.assign(samples, {
  "app/dashboard/[orgId]/settings/loaders.ts#loadOrganisationSettings": (
    w: Parameters<SampleTable[string]>[0],
  ) => ({
    orgId: w.b.orgId,
  }),
  "app/dashboard/[orgId]/settings/actions.ts#setOrganisationRetentionAction": (
    w: Parameters<SampleTable[string]>[0],
  ) => ({ orgId: w.b.orgId, days: "30" }),
  "app/dashboard/[orgId]/events/[eventId]/settings/actions.ts#setEventRetentionAction": (
    w: Parameters<SampleTable[string]>[0],
  ) => ({ orgId: w.b.orgId, eventId: w.b.eventId, days: "45" }),
});

import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { organisationRetentionDays } from "@/lib/privacy/retention-settings";

/** The organisation settings page: for those who may change them (owners and organisers). */
export const loadOrganisationSettings = orgLoader({
  name: "loadOrganisationSettings",
  permission: "settings.manage",
  input: z.object({ orgId: z.uuid() }),
  load: async ({ db, member }) => ({ retentionDays: await organisationRetentionDays(db, member.orgId) }),
});

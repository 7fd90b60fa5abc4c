"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { organisationRetentionSchema } from "@/lib/privacy/retention-schemas";
import { setOrganisationRetention } from "@/lib/privacy/retention-settings";

/** The organisation's default retention period, for every event without its own (issue 13). */
export const setOrganisationRetentionAction = orgAction({
  name: "setOrganisationRetention",
  permission: "settings.manage",
  input: organisationRetentionSchema,
  run: async ({ db, user, member, input }) => {
    const result = await setOrganisationRetention(db, {
      orgId: member.orgId,
      days: Number(input.days),
      userId: user.id,
    });
    revalidatePath(`/dashboard/${member.orgId}/settings`);
    return ok(
      result.changed
        ? `Personal data is now erased ${result.days} days after an event ends, unless the event sets its own period.`
        : "Nothing changed.",
    );
  },
});

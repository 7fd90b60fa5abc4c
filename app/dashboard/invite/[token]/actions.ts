"use server";

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { signOut } from "@/lib/auth/auth";
import { userAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { invitationPath } from "@/lib/crypto/invitation-token";
import { roleLabels } from "@/lib/format/role-labels";

const tokenInput = z.object({ token: text().max(200) });

export const acceptInvitationAction = userAction({
  name: "acceptInvitation",
  input: tokenInput,
  run: async ({ db, user, input }) => {
    const joined = await acceptInvitation(db, { token: input.token, user });
    const message = joined.keptRole
      ? `You were already a member of ${joined.orgName}; your role is unchanged.`
      : `You joined ${joined.orgName} as ${roleLabels[joined.role]}.`;
    return ok(message, { orgId: joined.orgId });
  },
});

/** Signed in with the wrong address: sign out and come back to the same invitation after signing in again. */
export const signOutToAcceptAction = userAction({
  name: "signOutToAccept",
  input: tokenInput,
  run: async ({ input }) => {
    const back = encodeURIComponent(invitationPath(input.token));
    await signOut({ redirectTo: `/dashboard/sign-in?callbackUrl=${back}` });
    return ok("Signed out.");
  },
});

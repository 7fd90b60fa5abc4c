"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { limitMemberAction } from "@/lib/actions/member-rate-limit";
import { ok } from "@/lib/validation/action-result";
import { limits } from "@/lib/limits";
import { changeMemberRole, removeMember } from "@/lib/team/members";
import { inviteMember, resendInvitation, revokeInvitation } from "@/lib/team/invitations";
import { roleLabels } from "@/lib/format/role-labels";
import {
  changeRoleSchema,
  invitationSchema,
  inviteMemberSchema,
  memberSchema,
} from "@/lib/team/team-schemas";

const teamPath = (orgId: string) => `/dashboard/${orgId}/team`;
const validDays = Math.round(limits.invitationMaxAgeMs / 86_400_000);

export const inviteMemberAction = orgAction({
  name: "inviteMember",
  permission: "team.manage",
  input: inviteMemberSchema,
  run: async ({ db, user, member, input }) => {
    await limitMemberAction(db, { userId: user.id, policy: "invitationPerMember" });
    const invited = await inviteMember(db, {
      member,
      inviter: { id: user.id, name: user.name, email: user.email },
      email: input.email,
      role: input.role,
    });
    revalidatePath(teamPath(member.orgId));
    const replaced = invited.replaced ? " The earlier invitation's link no longer works." : "";
    return ok(`Invited ${invited.email} as ${roleLabels[input.role]}. The email is on its way.${replaced}`, {
      invitationId: invited.invitationId,
    });
  },
});

export const changeMemberRoleAction = orgAction({
  name: "changeMemberRole",
  permission: "team.manage",
  input: changeRoleSchema,
  run: async ({ db, member, input }) => {
    const changed = await changeMemberRole(db, { member, userId: input.userId, role: input.role });
    revalidatePath(teamPath(member.orgId));
    return changed.changed
      ? ok(`${changed.label} is now ${roleLabels[changed.to]} (was ${roleLabels[changed.from]}).`)
      : ok(`${changed.label} is already ${roleLabels[changed.to]}; nothing changed.`);
  },
});

export const removeMemberAction = orgAction({
  name: "removeMember",
  permission: "team.manage",
  input: memberSchema,
  run: async ({ db, member, input }) => {
    const removed = await removeMember(db, { member, userId: input.userId });
    revalidatePath(teamPath(member.orgId));
    return ok(removed.self ? "You left the organisation." : `Removed ${removed.label} from the team.`, {
      self: removed.self,
    });
  },
});

export const revokeInvitationAction = orgAction({
  name: "revokeInvitation",
  permission: "team.manage",
  input: invitationSchema,
  run: async ({ db, member, input }) => {
    const revoked = await revokeInvitation(db, { member, invitationId: input.invitationId });
    revalidatePath(teamPath(member.orgId));
    return ok(`Revoked the invitation of ${revoked.email}: its link no longer works.`);
  },
});

export const resendInvitationAction = orgAction({
  name: "resendInvitation",
  permission: "team.manage",
  input: invitationSchema,
  run: async ({ db, user, member, input }) => {
    await limitMemberAction(db, { userId: user.id, policy: "invitationPerMember" });
    const resent = await resendInvitation(db, {
      member,
      inviter: { id: user.id, name: user.name, email: user.email },
      invitationId: input.invitationId,
    });
    revalidatePath(teamPath(member.orgId));
    return ok(`Sent the invitation to ${resent.email} again; it is valid for another ${validDays} days.`);
  },
});

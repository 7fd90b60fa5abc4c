import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { listPendingInvitations } from "@/lib/team/invitations";
import { listMembers } from "@/lib/team/members";

/** The team page: members and pending invitations (owners only). */
export const loadTeam = orgLoader({
  name: "loadTeam",
  permission: "team.manage",
  input: z.object({ orgId: z.uuid() }),
  load: async ({ db, user, member }) => {
    const [members, invitations] = await Promise.all([
      listMembers(db, { orgId: member.orgId }),
      listPendingInvitations(db, { orgId: member.orgId }),
    ]);
    return { members, invitations, currentUserId: user.id };
  },
});

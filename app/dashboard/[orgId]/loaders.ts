import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { listMemberships } from "@/lib/team/organisations";

/** The frame of every organisation page: who is signed in, their role here, and their other organisations. */
export const loadOrgShell = orgLoader({
  name: "loadOrgShell",
  permission: "events.view",
  input: z.object({ orgId: z.uuid() }),
  load: async ({ db, user, member }) => {
    const memberships = await listMemberships(db, { userId: user.id });
    const current = memberships.find((m) => m.orgId === member.orgId)!;
    return {
      user: { name: user.name, email: user.email },
      org: { id: member.orgId, name: current.orgName },
      role: member.role,
      canManageTeam: member.can("team.manage"),
      canManageSuppliers: member.can("suppliers.manage"),
      canViewAudit: member.can("audit.view"),
      canManagePrivacy: member.can("privacy.manage"),
      canManageSettings: member.can("settings.manage"),
      memberships,
    };
  },
});

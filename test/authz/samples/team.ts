import { randomUUID } from "node:crypto";
import type { SampleTable } from "../samples";

/** A well-formed token that matches no invitation: the user-level endpoints are only tried signed out. */
const unknownToken = "x".repeat(43);

export const samples: SampleTable = {
  "app/dashboard/[orgId]/team/loaders.ts#loadTeam": (w) => ({ orgId: w.b.orgId }),
  "app/dashboard/[orgId]/team/actions.ts#inviteMemberAction": (w) => ({
    orgId: w.b.orgId,
    email: `new-${randomUUID().slice(0, 8)}@example.com`,
    role: "viewer",
  }),
  "app/dashboard/[orgId]/team/actions.ts#changeMemberRoleAction": (w) => ({
    orgId: w.b.orgId,
    userId: w.b.members.viewer.id,
    role: "marketer",
  }),
  "app/dashboard/[orgId]/team/actions.ts#removeMemberAction": (w) => ({
    orgId: w.b.orgId,
    userId: w.b.members.viewer.id,
  }),
  "app/dashboard/[orgId]/team/actions.ts#revokeInvitationAction": (w) => ({
    orgId: w.b.orgId,
    invitationId: w.b.invitationId,
  }),
  "app/dashboard/[orgId]/team/actions.ts#resendInvitationAction": (w) => ({
    orgId: w.b.orgId,
    invitationId: w.b.invitationId,
  }),
  "app/dashboard/[orgId]/audit/loaders.ts#loadAuditLog": (w) => ({ orgId: w.b.orgId }),
  "app/dashboard/invite/[token]/loaders.ts#loadInvitation": () => ({ token: unknownToken }),
  "app/dashboard/invite/[token]/actions.ts#acceptInvitationAction": () => ({ token: unknownToken }),
  "app/dashboard/invite/[token]/actions.ts#signOutToAcceptAction": () => ({ token: unknownToken }),
};

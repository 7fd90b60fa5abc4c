import "server-only";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { orgLoader } from "@/lib/actions/define";
import { auditActions } from "@/lib/team/audit-actions";
import { listAuditEntries } from "@/lib/team/audit-log";

/** Query-string values that make no sense (an unknown action, a bad cursor) fall back to the first page. */
const cursor = z.coerce.number().int().positive().optional().catch(undefined);

export const loadAuditLog = orgLoader({
  name: "loadAuditLog",
  permission: "audit.view",
  input: z.object({
    orgId: z.uuid(),
    action: text()
      .optional()
      .transform((value) => auditActions.find((known) => known === value)),
    after: cursor,
    before: cursor,
  }),
  load: async ({ db, member, input }) => ({
    page: await listAuditEntries(db, {
      orgId: member.orgId,
      action: input.action,
      after: input.after,
      before: input.before,
    }),
    filter: { action: input.action ?? null },
  }),
});

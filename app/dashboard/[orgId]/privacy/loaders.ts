import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { countOrdersByEmail, countOrdersPerEvent, exportByEmail } from "@/lib/privacy/owner-request";
import { attendeeEmail, privacyEmailInput } from "@/lib/privacy/privacy-schemas";

/**
 * The owner's privacy page: the organisation's events with their order counts and, when an address was looked
 * up, how many orders it has per event (counts only: the confirmation step of an erasure or export by email).
 */
export const loadPrivacy = orgLoader({
  name: "loadPrivacy",
  permission: "privacy.manage",
  input: z.object({
    orgId: z.uuid(),
    // A malformed address in the query string is shown back with its message, never looked up.
    email: z.unknown().optional(),
  }),
  load: async ({ db, member, input }) => {
    const events = await countOrdersPerEvent(db, { orgId: member.orgId });
    if (input.email === undefined || input.email === "") return { events, lookup: null };
    const parsed = attendeeEmail.safeParse(input.email);
    if (!parsed.success) {
      return { events, lookup: { ok: false as const, message: parsed.error.issues[0]!.message } };
    }
    const perEvent = await countOrdersByEmail(db, { orgId: member.orgId, email: parsed.data });
    return { events, lookup: { ok: true as const, email: parsed.data, perEvent } };
  },
});

/** The JSON export of every order of an address in the organisation (audited; the route sends it). */
export const loadPrivacyExport = orgLoader({
  name: "loadPrivacyExport",
  permission: "privacy.manage",
  input: privacyEmailInput,
  load: async ({ db, user, member, input }) =>
    exportByEmail(db, { orgId: member.orgId, email: input.email, userId: user.id }),
});

import "server-only";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { userLoader } from "@/lib/actions/define";
import { viewInvitation } from "@/lib/team/accept-invitation";

const tokenInput = z.object({ token: text().max(200) });

/** The invitation behind an accept link, as the signed-in user sees it (their email must be the invited one). */
export const loadInvitation = userLoader({
  name: "loadInvitation",
  input: tokenInput,
  load: async ({ db, user, input }) => viewInvitation(db, { token: input.token, user }),
});

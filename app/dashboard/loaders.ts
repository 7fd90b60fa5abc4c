import "server-only";
import { z } from "zod";
import { userLoader } from "@/lib/actions/define";
import { listMemberships } from "@/lib/team/organisations";

/** The signed-in user's organisations, for /dashboard's redirect and the switcher. */
export const loadMyMemberships = userLoader({
  name: "loadMyMemberships",
  input: z.object({}),
  load: async ({ db, user }) => ({ user, memberships: await listMemberships(db, { userId: user.id }) }),
});

"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { userAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { createOrganisation, createOrganisationSchema } from "@/lib/team/organisations";

export const createOrganisationAction = userAction({
  name: "createOrganisation",
  input: createOrganisationSchema,
  run: async ({ db, user, input }) => {
    const org = await createOrganisation(db, { userId: user.id, name: input.name });
    return ok(`Created ${org.name}.`, { orgId: org.id });
  },
});

export const signOutAction = userAction({
  name: "signOut",
  input: z.object({}),
  run: async () => {
    await signOut({ redirectTo: "/dashboard/sign-in" });
    return ok("Signed out.");
  },
});

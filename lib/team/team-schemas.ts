import { z } from "zod";
import { text } from "@/lib/validation/text";
import { roles } from "@/lib/auth/permissions";
import { limits } from "@/lib/limits";

/** The team actions' inputs, checked in the browser by react-hook-form and again by the server action. */
const orgId = z.uuid();
const role = z.enum(roles, "Choose one of the roles");

export const inviteMemberSchema = z.object({
  orgId,
  email: text()
    .trim()
    .min(1, "Enter the email address of the person to invite")
    .max(limits.emailMaxLength, "That email address is too long")
    .pipe(z.email("Enter an email address like name@example.com")),
  role,
});

export const changeRoleSchema = z.object({ orgId, userId: z.uuid("Choose a member"), role });
export const memberSchema = z.object({ orgId, userId: z.uuid("Choose a member") });
export const invitationSchema = z.object({ orgId, invitationId: z.uuid("Choose an invitation") });

import { z } from "zod";
import { limits } from "@/lib/limits";

/** The sign-in request, checked in the browser and again by the action. */
export const signInRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(limits.emailMaxLength, "That email address is too long")
    .pipe(z.email("Enter an email address like name@example.com")),
  callbackUrl: z.string().max(500).optional(),
});

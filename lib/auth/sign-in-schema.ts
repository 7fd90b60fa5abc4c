import { z } from "zod";
import { text } from "@/lib/validation/text";
import { limits } from "@/lib/limits";

/** The sign-in request, checked in the browser and again by the action. */
export const signInRequestSchema = z.object({
  email: text()
    .trim()
    .min(1, "Enter your email address")
    .max(limits.emailMaxLength, "That email address is too long")
    .pipe(z.email("Enter an email address like name@example.com")),
  callbackUrl: text().max(500).optional(),
});

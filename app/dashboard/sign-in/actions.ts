"use server";

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { signIn } from "@/lib/auth/auth";
import { checkSignInRateLimit, safeCallbackUrl, SIGN_IN_SENT, signInRequestSchema } from "@/lib/auth/sign-in";
import { publicAction } from "@/lib/actions/define";
import { fail } from "@/lib/validation/action-result";
import { requestClientAddress } from "@/lib/rate-limit/request-client";

export const requestSignInLink = publicAction({
  name: "requestSignInLink",
  reason: "Signing in is how a visitor gets a session; it is rate limited per email and per IP instead.",
  input: signInRequestSchema,
  run: async ({ db, input }) => {
    const limited = await checkSignInRateLimit(db, {
      email: input.email,
      clientAddress: await requestClientAddress(),
    });
    if (limited) return limited;
    const next = await signIn("email", {
      email: input.email,
      redirect: false,
      redirectTo: safeCallbackUrl(input.callbackUrl),
    });
    // Auth.js answers a failed send with its error page's address instead of throwing.
    if (typeof next === "string" && next.includes("/dashboard/sign-in/error")) {
      return fail("unavailable", "We could not send the sign-in email. Please try again in a moment.");
    }
    return SIGN_IN_SENT;
  },
});

export const signInWithGitHub = publicAction({
  name: "signInWithGitHub",
  reason: "Starts the GitHub OAuth flow; GitHub authenticates the person.",
  input: z.object({ callbackUrl: text().max(500).optional() }),
  run: async ({ input }) => {
    await signIn("github", { redirectTo: safeCallbackUrl(input.callbackUrl) });
    return fail("unavailable", "GitHub sign-in is not available.");
  },
});

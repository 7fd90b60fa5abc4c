import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Sign-in problem" };

/** Auth.js's error codes, in words a person can act on. The code itself is never shown. */
const messages: Record<string, string> = {
  Verification: "This sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "This account may not sign in.",
  Configuration: "Sign-in is not configured correctly on this server. Please tell the operator.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { error } = await searchParams;
  const message =
    (typeof error === "string" && messages[error]) || "Something went wrong while signing you in.";
  return (
    <AuthCard title="We could not sign you in">
      <p className="mb-6 text-slate-700" role="alert">
        {message}
      </p>
      <LinkButton href="/dashboard/sign-in">Back to sign in</LinkButton>
    </AuthCard>
  );
}

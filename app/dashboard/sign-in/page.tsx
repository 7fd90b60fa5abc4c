import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/dashboard/sign-in-form";
import { buttonClassName } from "@/components/ui/button";
import { githubConfigured } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/sign-in";
import { requestSignInLink, signInWithGitHub } from "./actions";
import { AuthCard } from "./auth-card";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard title="Sign in to your dashboard">
      <p className="mb-5 text-slate-700">We email you a link; no password needed.</p>
      <SignInForm action={requestSignInLink} callbackUrl={callbackUrl} />
      {/* A plain form: the action redirects to GitHub, so its result type never reaches the page. */}
      {githubConfigured() ? (
        <form
          action={signInWithGitHub as unknown as (formData: FormData) => Promise<void>}
          className="mt-6 border-t border-slate-200 pt-6"
        >
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={buttonClassName({ variant: "secondary", className: "w-full" })}>
            Continue with GitHub
          </button>
        </form>
      ) : null}
    </AuthCard>
  );
}

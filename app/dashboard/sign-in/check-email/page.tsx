import type { Metadata } from "next";
import { connection } from "next/server";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage() {
  // Rendered per request so Next can put this request's CSP nonce on its scripts (ADR 015).
  await connection();
  return (
    <AuthCard title="Check your email">
      <p className="text-slate-700">A sign-in link is on its way. It works once and expires in 15 minutes.</p>
    </AuthCard>
  );
}

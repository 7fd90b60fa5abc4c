import type { Metadata } from "next";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email">
      <p className="text-slate-700">A sign-in link is on its way. It works once and expires in 15 minutes.</p>
    </AuthCard>
  );
}

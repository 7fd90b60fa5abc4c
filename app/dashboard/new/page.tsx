import type { Metadata } from "next";
import { CreateOrganisationForm } from "@/components/dashboard/create-organisation-form";
import { createOrganisationAction } from "../actions";
import { loadMyMemberships } from "../loaders";
import { AuthCard } from "../sign-in/auth-card";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  const { memberships } = await loadMyMemberships({});
  return (
    <AuthCard title="Create an organisation">
      <p className="mb-5 text-slate-700">
        {memberships.length === 0
          ? "You are not in an organisation yet. Create one, or ask a colleague to invite you."
          : "Events, items and the team belong to an organisation. You will be its owner."}
      </p>
      <CreateOrganisationForm action={createOrganisationAction} />
    </AuthCard>
  );
}

import type { Metadata } from "next";
import { SectionCard } from "@/components/dashboard/section-card";
import { RetentionForm } from "@/components/dashboard/privacy/retention-form";
import { setOrganisationRetentionAction } from "./actions";
import { loadOrganisationSettings } from "./loaders";

export const metadata: Metadata = { title: "Organisation settings" };

/** Settings of the whole organisation (owners and organisers): for now, how long personal data is kept. */
export default async function OrganisationSettingsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { retentionDays } = await loadOrganisationSettings({ orgId });
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Organisation settings</h1>
      <SectionCard
        id="retention"
        title="Data retention"
        description="The default for every event; an event can set its own period in its settings."
      >
        <RetentionForm
          kind="organisation"
          orgId={orgId}
          days={retentionDays}
          action={setOrganisationRetentionAction}
        />
      </SectionCard>
    </div>
  );
}

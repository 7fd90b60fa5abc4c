import type { Metadata } from "next";
import { FlagForm } from "@/components/dashboard/operator/flag-form";
import { MaintenanceForm } from "@/components/dashboard/maintenance-form";
import { Alert } from "@/components/ui/alert";
import { saveFlagAction, saveGlobalMaintenanceAction } from "./actions";
import { loadOperatorPage } from "./loaders";

export const metadata: Metadata = { title: "Operator" };

/** Platform operators only (OPERATOR_EMAILS): global maintenance and feature flags (ADR 027). */
export default async function OperatorPage() {
  const { stored, obeyed, flags } = await loadOperatorPage({});
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-6">
      <h1 className="text-2xl font-bold text-slate-900">Operator</h1>
      <section aria-labelledby="operator-maintenance" className="space-y-4">
        <h2 id="operator-maintenance" className="text-xl font-bold text-slate-900">
          Global maintenance
        </h2>
        {obeyed.overriddenByEnvironment ? (
          <Alert tone="warning" testId="maintenance-env-override">
            MAINTENANCE_MODE or MAINTENANCE_MESSAGE is set on this deployment: every event obeys “
            {obeyed.mode}” until the variable is removed, whatever is saved here.
          </Alert>
        ) : null}
        <MaintenanceForm
          scope="global"
          defaultValues={{ mode: stored.mode, message: stored.message ?? "" }}
          action={saveGlobalMaintenanceAction}
        />
      </section>
      <section aria-labelledby="operator-flags" className="space-y-4">
        <h2 id="operator-flags" className="text-xl font-bold text-slate-900">
          Feature flags
        </h2>
        <p className="text-slate-700">
          A flag is off unless enabled; enabled, it is on for the listed organisations and events and for the
          percentage of the others. Changes reach every instance within 5 seconds.
        </p>
        {flags.map((f) => (
          <FlagForm
            key={f.key}
            description={f.description}
            updatedAt={f.updatedAt?.toISOString() ?? null}
            defaultValues={{
              key: f.key,
              enabled: f.enabled,
              rolloutPercent: f.rolloutPercent,
              orgIds: f.orgIds.join("\n"),
              eventIds: f.eventIds.join("\n"),
            }}
            action={saveFlagAction}
          />
        ))}
      </section>
    </main>
  );
}

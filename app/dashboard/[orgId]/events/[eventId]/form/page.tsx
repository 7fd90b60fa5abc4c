import type { Metadata } from "next";
import { FormBuilder } from "@/components/dashboard/form-builder/form-builder";
import { RetentionDaysContext } from "@/components/dashboard/form-builder/retention-days";
import { publishForm, saveFormDraft, uploadFormImage } from "./actions";
import { loadFormBuilder } from "./loaders";

export const metadata: Metadata = { title: "Order form" };

export default async function FormBuilderPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const data = await loadFormBuilder({ orgId, eventId });
  return (
    <section aria-labelledby="form-heading" className="space-y-4">
      <div>
        <h2 id="form-heading" className="text-xl font-bold text-slate-900">
          Order form
        </h2>
        <p className="text-sm text-slate-700">
          The questions attendees answer when they order, besides their name and email.
          {data.canEdit
            ? " Changes are saved as a draft as you type; attendees see them once you publish."
            : null}
        </p>
      </div>
      <RetentionDaysContext value={data.retentionDays}>
        <FormBuilder
          ids={{ orgId, eventId }}
          data={data}
          actions={{ save: saveFormDraft, publish: publishForm, upload: uploadFormImage }}
          versionsHref={`/dashboard/${orgId}/events/${eventId}/form/versions`}
        />
      </RetentionDaysContext>
    </section>
  );
}

import "server-only";
import { orgLoader } from "@/lib/actions/define";
import { getFormBuilderState } from "@/lib/forms/builder/builder-state";
import { formBuilderRefSchema } from "@/lib/forms/builder/schemas";
import { type FormEvent } from "@/lib/forms/builder/newest-form-version";
import { listFormVersions } from "@/lib/forms/builder/versions";
import { getOrgEvent } from "@/lib/events/org-event";
import { organisationRetentionDays } from "@/lib/privacy/retention-settings";

const publicEvent = ({ id, name, slug, status, currency, timeZone }: FormEvent) => ({
  id,
  name,
  slug,
  status,
  currency,
  timeZone,
});

/**
 * The builder's data. Every role that sees the event may look at its form (it holds no answers, so no
 * personal data); `canEdit` tells the page whether to offer editing, which the actions enforce anyway.
 */
export const loadFormBuilder = orgLoader({
  name: "loadFormBuilder",
  permission: "events.details",
  input: formBuilderRefSchema,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const state = await getFormBuilderState({ db, eventId: event.id });
    return {
      event: publicEvent(event),
      draft: { ...state.draft, updatedAt: state.draft.updatedAt.toISOString() },
      issues: state.issues,
      latestVersion: state.latestVersion
        ? {
            version: state.latestVersion.version,
            publishedAt: state.latestVersion.publishedAt.toISOString(),
          }
        : null,
      publishedKeys: state.publishedKeys,
      changedSincePublish: state.changedSincePublish,
      canEdit: member.can("form.manage"),
      // The consent text's helper promises what the retention setting does (issue 13).
      retentionDays: event.retentionDays ?? (await organisationRetentionDays(db, member.orgId)),
    };
  },
});

export const loadFormVersions = orgLoader({
  name: "loadFormVersions",
  permission: "events.details",
  input: formBuilderRefSchema,
  load: async ({ db, member, input }) => {
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const versions = await listFormVersions({ db, eventId: event.id });
    return {
      event: publicEvent(event),
      versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
      canEdit: member.can("form.manage"),
    };
  },
});

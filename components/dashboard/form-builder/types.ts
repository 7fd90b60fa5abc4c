import type { ActionResult } from "@/lib/validation/action-result";
import type { FormChange } from "./changes";
import type { DefinitionIssue } from "./issues";

/** What loadFormBuilder returns (app/dashboard/[orgId]/events/[eventId]/form/loaders.ts). */
export type FormBuilderData = {
  event: { id: string; name: string; slug: string; status: string; currency: string; timeZone: string };
  draft: { fields: unknown[]; revision: number; basedOnVersion: number | null; updatedAt: string };
  issues: DefinitionIssue[];
  latestVersion: { version: number; publishedAt: string } | null;
  /** Keys used by any published version: renaming one of them warns. */
  publishedKeys: string[];
  changedSincePublish: boolean;
  canEdit: boolean;
};

export type FormVersionSummary = {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  fieldCount: number;
  orderCount: number;
  changes: FormChange[];
};

export type Ids = { orgId: string; eventId: string };

export type SaveDraft = (
  input: Ids & { fields: unknown[]; revision: number },
) => Promise<ActionResult<{ revision: number; savedAt: string; issues: DefinitionIssue[] }>>;
export type PublishForm = (input: Ids & { revision: number }) => Promise<ActionResult<{ version: number }>>;
export type RestoreVersion = (
  input: Ids & { version: number; revision: number },
) => Promise<ActionResult<{ revision: number }>>;
export type UploadImage = (
  form: FormData,
) => Promise<ActionResult<{ url: string; width: number; height: number }>>;

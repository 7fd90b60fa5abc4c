import type { PageDocumentError } from "@/lib/pages/page-document";
import type { ContrastCheck } from "@/lib/pages/theme";
import type { ActionResult, FieldErrors } from "@/lib/validation/action-result";
import type { LibraryImage } from "./image-field";

/**
 * The page editor's server actions, as the route passes them in (ADR 017: components never import from app/).
 * Shapes follow the issue 11 contract of app/dashboard/[orgId]/events/[eventId]/page/actions.ts.
 */
export type PageIds = { orgId: string; eventId: string };

export type PageSaveData = {
  revision: number;
  savedAt: string;
  errors: PageDocumentError[];
  themeErrors: FieldErrors;
  contrast: ContrastCheck[];
};

export type SavePageDraft = (
  input: PageIds & { revision: number; document: unknown; theme: unknown },
) => Promise<ActionResult<PageSaveData>>;

export type PublishPage = (
  input: PageIds & { revision: number },
) => Promise<ActionResult<{ version: number }>>;

export type RestorePageVersion = (
  input: PageIds & { version: number; revision: number },
) => Promise<ActionResult<{ revision: number; document: unknown; theme: unknown }>>;

/** FormData with orgId, eventId and file. */
export type UploadPageImage = (formData: FormData) => Promise<ActionResult<LibraryImage>>;

export type CreatePagePreviewLink = (
  input: PageIds,
) => Promise<ActionResult<{ url: string; expiresAt: string }>>;

export type PageEditorActions = {
  save: SavePageDraft;
  publish: PublishPage;
  upload: UploadPageImage;
  /** Absent until the preview links exist: the Preview button is then hidden. */
  preview?: CreatePagePreviewLink;
};

/** What the loader gives the editor: the draft as loadPageDraft returns it, dates as ISO strings. */
export type PageDraftData = {
  document: unknown;
  theme: unknown;
  revision: number;
  basedOnVersion: number | null;
  updatedAt: string;
  updatedByName: string | null;
};

export type PageVersionSummary = { version: number; publishedAt: string; publishedByName: string | null };

/** An active preview link as the Page tab lists it (the URL itself is not stored: ADR 031). */
export type PreviewLinkSummary = {
  id: string;
  createdAt: string;
  expiresAt: string;
  createdByName: string | null;
};

export type RevokePagePreviewLink = (input: PageIds & { linkId: string }) => Promise<ActionResult<null>>;

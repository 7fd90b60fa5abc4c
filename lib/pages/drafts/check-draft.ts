import type { PageDocumentError, PageDocument } from "@/lib/pages/page-document";
import { imageRefsOf, validatePageDocument } from "@/lib/pages/page-document";
import {
  describeRatio,
  themeContrastChecks,
  themeSchema,
  type ContrastCheck,
  type Theme,
} from "@/lib/pages/theme";
import { isUuid } from "@/lib/format/uuid";
import { addFieldError, issuesToFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

/** A draft judged as publishing will judge it; `document`/`theme` are the normalised values when they parse. */
export type PageDraftCheck = {
  document: PageDocument | null;
  theme: Theme | null;
  /** validatePageDocument's errors, then images that are not the organisation's. */
  errors: PageDocumentError[];
  /** Theme problems keyed "theme.<field>", like publish's field errors. */
  themeErrors: FieldErrors;
  /** Every pair the theme produces (empty while the theme does not parse). */
  contrast: ContrastCheck[];
};

export const FOREIGN_IMAGE_MESSAGE =
  "This image is not one of your organisation's uploads (or it was deleted): choose or upload another";

/**
 * Checks a draft's document and theme (pure). Image ownership needs the database: pass the ids of the
 * organisation's images among those the draft names (see blobIdsNamedIn and lockBlobsById).
 */
export function checkPageDraft({
  document,
  theme,
  ownImageIds,
}: {
  document: unknown;
  theme: unknown;
  ownImageIds: ReadonlySet<string>;
}): PageDraftCheck {
  const page = validatePageDocument(document);
  const parsedTheme = themeSchema.safeParse(theme);
  const errors = page.ok ? [] : [...page.errors];
  const themeErrors = parsedTheme.success ? {} : issuesToFieldErrors(parsedTheme.error.issues, "theme");
  if (page.ok) {
    for (const ref of imageRefsOf(page.document)) {
      if (ownImageIds.has(ref.blobId.toLowerCase())) continue;
      errors.push({
        blockId: ref.blockId,
        blockType: ref.blockType,
        field: ref.field,
        message: FOREIGN_IMAGE_MESSAGE,
      });
    }
  }
  if (parsedTheme.success) {
    for (const field of ["logoBlobId", "faviconBlobId"] as const) {
      const id = parsedTheme.data[field];
      if (id && !ownImageIds.has(id.toLowerCase()))
        addFieldError(themeErrors, `theme.${field}`, FOREIGN_IMAGE_MESSAGE);
    }
  }
  return {
    document: page.ok ? page.document : null,
    theme: parsedTheme.success ? parsedTheme.data : null,
    errors,
    themeErrors,
    contrast: parsedTheme.success ? themeContrastChecks(parsedTheme.data) : [],
  };
}

/** The theme field a failing contrast pair is fixed in. */
const contrastField: Record<ContrastCheck["id"], keyof Theme> = {
  "body-text": "textColor",
  "link-text": "primaryColor",
  "button-label": "primaryColor",
  "accent-label": "accentColor",
  "focus-ring": "accentColor",
};

/**
 * Everything that stops a draft from being published, as the action's field errors: "<blockId>.<field>"
 * (or "<blockId>" for the block itself), "root.<field>" and "page" for the page as a whole, "theme.<field>"
 * for the theme, including each failing contrast pair with its measured ratio.
 */
export function publishProblems(check: PageDraftCheck): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of check.errors) {
    const key = error.blockId
      ? [error.blockId, error.field].filter(Boolean).join(".")
      : error.field
        ? `root.${error.field}`
        : "page";
    addFieldError(errors, key, error.message);
  }
  for (const [key, messages] of Object.entries(check.themeErrors)) {
    for (const message of messages) addFieldError(errors, key, message);
  }
  for (const pair of check.contrast.filter((c) => !c.passes)) {
    addFieldError(
      errors,
      `theme.${contrastField[pair.id]}`,
      `${pair.label}: contrast ${describeRatio(pair)}`,
    );
  }
  return errors;
}

const IMAGE_KEYS = new Set(["blobId", "logoBlobId", "faviconBlobId"]);

/**
 * Every uploaded-image id a draft names, valid or not (any `blobId`, `logoBlobId` or `faviconBlobId` holding
 * a UUID): what a save must share-lock so a concurrent clean-up sees the reference it writes.
 */
export function blobIdsNamedIn(...values: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (IMAGE_KEYS.has(key) && typeof inner === "string" && isUuid(inner)) found.add(inner.toLowerCase());
      else visit(inner);
    }
  };
  values.forEach(visit);
  return [...found];
}

import { z } from "zod";
import { limits } from "@/lib/limits";
import { imageFileSchema } from "@/lib/storage/image-file-schema";
import {
  draftRevisionSchema,
  draftVersionSchema,
  eventRefShape,
  isPlainObject,
  jsonBytes,
} from "@/lib/validation/draft-input";
import { findJsonProblem } from "@/lib/validation/json-value";

/**
 * The page editor's action inputs. A draft is saved even while it is not valid yet (nothing typed is lost),
 * so the document and theme are only bounded here: plain objects, storable as JSON (no NUL, no BigInt),
 * together at most limits.pageDraftMaxBytes. validatePageDocument and themeSchema judge the content, on every
 * save (returned as errors) and on publish (refused).
 */
const ids = eventRefShape;

/** Deep enough for a gallery inside a column: content.0.props.left.1.props.images.2.image.blobId. */
const PAGE_JSON_DEPTH = 12;

const storableObject = (what: string) =>
  z
    .custom<Record<string, unknown>>(isPlainObject, { error: `The ${what} must be an object` })
    .superRefine((value, ctx) => {
      const problem = findJsonProblem(value, [], PAGE_JSON_DEPTH);
      if (problem) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    });

const maxKb = Math.round(limits.pageDraftMaxBytes / 1024);

export const savePageDraftSchema = z
  .object({
    ...ids,
    revision: draftRevisionSchema,
    document: storableObject("page document"),
    theme: storableObject("theme"),
  })
  .strict()
  .refine((input) => jsonBytes(input.document) + jsonBytes(input.theme) <= limits.pageDraftMaxBytes, {
    path: ["document"],
    message: `The page is too large to save (at most ${maxKb} KB); remove some blocks or shorten their texts`,
  });

export const publishPageSchema = z.object({ ...ids, revision: draftRevisionSchema }).strict();

export const restorePageVersionSchema = z
  .object({ ...ids, version: draftVersionSchema, revision: draftRevisionSchema })
  .strict();

/** FormData from the editor's image panel; the content is checked by storeImage on the server. */
export const uploadPageImageSchema = z.object({ ...ids, file: imageFileSchema }).strict();

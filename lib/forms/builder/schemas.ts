import { z } from "zod";
import { imageFileSchema } from "@/lib/storage/image-file-schema";
import { limits } from "@/lib/limits";
import {
  draftRevisionSchema,
  draftVersionSchema,
  eventRefShape,
  isPlainObject,
  jsonBytes,
} from "@/lib/validation/draft-input";

/**
 * The builder's action inputs. A draft is saved even while its definitions are not valid (nothing typed is
 * lost), so `fields` is only bounded here: a list of at most limits.fieldsPerForm plain objects whose JSON
 * fits in limits.formDraftMaxBytes. The definitions schema judges the content, on every save and on publish.
 */
const ids = eventRefShape;

const revisionSchema = draftRevisionSchema;

const draftFieldSchema = z.custom<Record<string, unknown>>(isPlainObject, {
  error: "Each field must be an object with a type, key and label",
});

const maxKb = Math.round(limits.formDraftMaxBytes / 1024);

const draftFieldsSchema = z
  .array(draftFieldSchema, { error: "The form must be a list of fields" })
  .max(limits.fieldsPerForm, `A form can have at most ${limits.fieldsPerForm} fields`)
  .refine(
    (fields) => jsonBytes(fields) <= limits.formDraftMaxBytes,
    `The form is too large to save (at most ${maxKb} KB); shorten its texts or remove fields`,
  );

export const saveFormDraftSchema = z
  .object({ ...ids, fields: draftFieldsSchema, revision: revisionSchema })
  .strict();

export const publishFormSchema = z.object({ ...ids, revision: revisionSchema }).strict();

export const restoreFormVersionSchema = z
  .object({
    ...ids,
    version: draftVersionSchema,
    revision: revisionSchema,
  })
  .strict();

/** FormData from the image block's upload; the content is checked by storeImage on the server. */
export const uploadFormImageSchema = z
  .object({
    ...ids,
    file: imageFileSchema,
  })
  .strict();

export const formBuilderRefSchema = z.object(ids);

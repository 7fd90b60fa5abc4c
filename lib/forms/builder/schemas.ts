import { z } from "zod";
import { imageFileSchema } from "@/lib/storage/image-file-schema";
import { limits } from "@/lib/limits";

/**
 * The builder's action inputs. A draft is saved even while its definitions are not valid (nothing typed is
 * lost), so `fields` is only bounded here: a list of at most limits.fieldsPerForm plain objects whose JSON
 * fits in limits.formDraftMaxBytes. The definitions schema judges the content, on every save and on publish.
 */
const ids = { orgId: z.uuid(), eventId: z.uuid() };

const revisionSchema = z
  .number({ error: "The draft's revision is missing" })
  .int("The draft's revision is a whole number")
  .min(0, "The draft's revision cannot be negative")
  .max(2_147_483_647, "The draft's revision is too large");

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Bytes of the JSON that would be stored; Infinity for what JSON cannot hold (a cycle, a BigInt). */
function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

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
    version: z
      .number({ error: "Choose a version" })
      .int("Choose a version")
      .min(1, "Choose a version")
      .max(2_147_483_647, "Choose a version"),
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

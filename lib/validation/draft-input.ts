import { z } from "zod";

/**
 * Pieces shared by the autosaved editors (the form builder, the landing page editor): a draft is stored even
 * while its content is not valid yet, so its input is only bounded (plain objects, a byte budget) and carries
 * the revision the browser last saw for optimistic concurrency.
 */
/** The event an editor's action is about; the action's factory checks the organisation, the domain the event. */
export const eventRefShape = { orgId: z.uuid(), eventId: z.uuid() };

export const draftRevisionSchema = z
  .number({ error: "The draft's revision is missing" })
  .int("The draft's revision is a whole number")
  .min(0, "The draft's revision cannot be negative")
  .max(2_147_483_647, "The draft's revision is too large");

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Bytes of the JSON that would be stored; Infinity for what JSON cannot hold (a cycle, a BigInt). */
export function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** A published version to restore, as the history lists it. */
export const draftVersionSchema = z
  .number({ error: "Choose a version" })
  .int("Choose a version")
  .min(1, "Choose a version")
  .max(2_147_483_647, "Choose a version");

import sharp from "sharp";
import type { Db } from "@/db/client";
import type { World } from "./world";

/**
 * A valid input for an endpoint, acting on organisation B's records. Keyed "path#export", e.g.
 * "app/dashboard/[orgId]/events/actions.ts#publishEvent". The authorization test runs every endpoint with
 * its sample: refused for outsiders and lacking roles, accepted for a role that holds the permission.
 * A sample may create extra records in organisation B with `db` (it runs before the snapshot is taken).
 */
export type Sample = (world: World, db: Db) => Record<string, unknown> | Promise<Record<string, unknown>>;
export type SampleTable = Record<string, Sample>;

/** An image upload's FormData: the given fields plus a small PNG under `fileField`. */
export async function imageUploadForm(
  fields: Record<string, string>,
  { fileField = "file", name = "image.png" }: { fileField?: string; name?: string } = {},
): Promise<Record<string, unknown>> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0af" } })
    .png()
    .toBuffer();
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set(fileField, new File([new Uint8Array(png)], name, { type: "image/png" }));
  return form as unknown as Record<string, unknown>;
}

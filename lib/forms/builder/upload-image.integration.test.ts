import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, test, vi } from "vitest";
import { blobs } from "@/db/schema";
import { getStorage } from "@/lib/storage/index";
import { rejectionMessages } from "@/lib/storage/images";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import { uploadFormImage } from "@/app/dashboard/[orgId]/events/[eventId]/form/actions";
import { formWorld } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#e11d48" } })
    .png()
    .toBuffer();

function upload(ref: { orgId: string; eventId: string }, body: Buffer | string, name = "chart.png") {
  const form = new FormData();
  form.set("orgId", ref.orgId);
  form.set("eventId", ref.eventId);
  form.set("file", new File([typeof body === "string" ? body : new Uint8Array(body)], name));
  return form;
}

const blobsOf = (db: ReturnType<typeof testDb>, orgId: string) =>
  db.select().from(blobs).where(eq(blobs.orgId, orgId));

describe(`uploadFormImage (${testDriver()})`, () => {
  test("stores a checked WebP for the organisation and returns its URL and size", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const result = await uploadFormImage(upload(w.ref, await png(300, 200)));
    expect(result).toMatchObject({ ok: true, data: { width: 300, height: 200 } });
    if (!result.ok) return;
    const [row] = await blobsOf(db, w.orgId);
    expect(row).toMatchObject({ url: result.data.url, contentType: "image/webp" });
    const stored = await getStorage().get(row!.key);
    expect((await sharp(stored!.body).metadata()).format).toBe("webp");
    await getStorage().delete(row!.key);
  });

  test("a file that is not an image is refused on the file field; nothing is stored", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const result = await uploadFormImage(upload(w.ref, "MZ\u0090\u0000 not really a picture", "chart.png"));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      message: "The image was not accepted.",
      fieldErrors: { file: [rejectionMessages["not-an-image"]] },
    });
    expect(await blobsOf(db, w.orgId)).toEqual([]);
  });

  test("a missing file is a field error", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.organiser);
    const form = new FormData();
    form.set("orgId", w.orgId);
    form.set("eventId", w.eventId);
    const result = await uploadFormImage(form);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { file: ["Choose an image file"] },
    });
  });

  test("another organisation's event: not found, and nothing stored for either organisation", async () => {
    const db = testDb();
    const w = await formWorld(db);
    actAs(w.outsider);
    const ownOrg = { orgId: w.other.event.orgId, eventId: w.eventId };
    expect(await uploadFormImage(upload(ownOrg, await png(10, 10)))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await uploadFormImage(upload(w.ref, await png(10, 10)))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    for (const member of [w.viewer, w.marketer]) {
      actAs(member);
      expect(await uploadFormImage(upload(w.ref, await png(10, 10)))).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await blobsOf(db, w.orgId)).toEqual([]);
    expect(await blobsOf(db, w.other.event.orgId)).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, test, vi } from "vitest";
import {
  publishPage,
  savePageDraft,
  uploadPageImage,
} from "@/app/dashboard/[orgId]/events/[eventId]/page/actions";
import { blobs } from "@/db/schema";
import { getStorage } from "@/lib/storage/index";
import { deleteBlobIfUnreferenced } from "@/lib/storage/blob-references";
import { actAs } from "@/test/authz/current-user";
import { testDb, testDriver } from "@/test/db";
import { blobOf, imageBlock, pageDocument, pageWorld, validTheme } from "./test-setup";

vi.mock("@/lib/auth/current-user", () => import("@/test/authz/current-user"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const db = testDb();

describe(`landing page images (${testDriver()})`, () => {
  test("an image named by a page draft, or only by a published version's document or theme, is never deleted", async () => {
    const w = await pageWorld(db);
    const [hero, logo, gone] = [w.image, await blobOf(db, w.orgId), await blobOf(db, w.orgId)];
    actAs(w.marketer);
    const theme = { ...validTheme, logoBlobId: logo.id };
    await savePageDraft({
      ...w.ref,
      revision: 0,
      document: pageDocument("Imgs", [imageBlock("Image-1", hero.id)]),
      theme,
    });
    expect(await deleteBlobIfUnreferenced({ db, blobId: hero.id })).toMatchObject({
      deleted: false,
      references: [{ kind: "page_draft", eventId: w.eventId }],
    });
    expect(await publishPage({ ...w.ref, revision: 1 })).toMatchObject({ ok: true });
    // The draft moves on without the images: version 2 still shows them.
    await savePageDraft({ ...w.ref, revision: 1, document: pageDocument("None"), theme: validTheme });
    for (const blob of [hero, logo]) {
      expect(await deleteBlobIfUnreferenced({ db, blobId: blob.id })).toMatchObject({
        deleted: false,
        references: [expect.objectContaining({ kind: "event_page", eventId: w.eventId })],
      });
    }
    expect(await deleteBlobIfUnreferenced({ db, blobId: gone.id })).toEqual({ deleted: true });
  });

  test("uploadPageImage stores a checked WebP and returns it as the picker lists it", async () => {
    const w = await pageWorld(db);
    actAs(w.marketer);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#e11d48" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set("orgId", w.orgId);
    form.set("eventId", w.eventId);
    form.set("file", new File([new Uint8Array(png)], "hero.png"));
    const result = await uploadPageImage(form);
    expect(result).toMatchObject({ ok: true, data: { width: 64, height: 48 } });
    if (!result.ok) return;
    const [row] = await db.select().from(blobs).where(eq(blobs.id, result.data.id));
    expect(row).toMatchObject({ orgId: w.orgId, url: result.data.url, contentType: "image/webp" });
    expect(result.data.label).toMatch(/^64×48 image, uploaded /);
    await getStorage().delete(row!.key);

    // Not an image: refused on the file field, nothing stored; a viewer may not upload at all.
    const bad = new FormData();
    bad.set("orgId", w.orgId);
    bad.set("eventId", w.eventId);
    bad.set("file", new File(["not a picture"], "hero.png"));
    expect(await uploadPageImage(bad)).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { file: [expect.any(String)] },
    });
    actAs(w.viewer);
    expect(await uploadPageImage(form)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await db.select().from(blobs).where(eq(blobs.orgId, w.orgId))).length).toBe(2);
  });
});

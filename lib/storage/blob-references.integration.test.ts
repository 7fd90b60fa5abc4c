import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "@/db/client";
import { blobs, eventPages, formDrafts, formVersions, items } from "@/db/schema";
import { formDefinitionSchema } from "@/lib/forms/definitions";
import { createOrderFixture } from "@/lib/orders/test-fixtures";
import { testDb, testDriver } from "@/test/db";
import { waitFor } from "@/test/failures";
import type { StorageAdapter } from "./adapter";
import { deleteBlobIfUnreferenced, findBlobReferences, lockBlobsByUrl } from "./blob-references";
import { createLocalStorage } from "./local";
import { storeImage } from "./store-image";

const png = () =>
  sharp({ create: { width: 16, height: 12, channels: 3, background: "#0a7" } })
    .png()
    .toBuffer();

const imageBlock = (url: string, key = "size_chart") => ({
  type: "image" as const,
  key,
  url,
  alt: "Size chart",
});

describe(`blob references (${testDriver()})`, () => {
  let dir: string;
  let storage: StorageAdapter;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "swagstand-blob-refs-"));
    storage = createLocalStorage({ root: dir });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function setup(db: Db) {
    const fixture = await createOrderFixture(db, { formFields: null });
    const orgId = fixture.event.orgId;
    const blob = await storeImage({ db, orgId, input: await png(), storage });
    return { fixture, orgId, eventId: fixture.event.id, blob };
  }

  const blobRow = (db: Db, id: string) => db.select().from(blobs).where(eq(blobs.id, id));

  test("an image used only by version 1 of a form whose draft no longer uses it is kept", async () => {
    const db = testDb();
    const { eventId, blob } = await setup(db);
    const v1 = formDefinitionSchema.parse([imageBlock(blob.url)]);
    await db.insert(formVersions).values({ eventId, version: 1, fields: v1 });
    await db.insert(formDrafts).values({
      eventId,
      fields: [{ type: "note", key: "n", text: "The chart is gone from the draft" }],
      basedOnVersion: 1,
    });

    expect(await findBlobReferences({ db, blob })).toEqual([{ kind: "form_version", eventId, version: 1 }]);
    const result = await deleteBlobIfUnreferenced({ db, blobId: blob.id, storage });
    expect(result).toEqual({
      deleted: false,
      reason: "referenced",
      references: [{ kind: "form_version", eventId, version: 1 }],
    });
    expect(await blobRow(db, blob.id)).toHaveLength(1);
    expect(await storage.get(blob.key)).not.toBeNull();
  });

  test("an unreferenced image is deleted: its row and its stored file", async () => {
    const db = testDb();
    const { eventId, blob } = await setup(db);
    // Another image in the same form does not count as a reference to this one.
    await db.insert(formDrafts).values({ eventId, fields: [imageBlock("/api/blobs/org/x/other.webp")] });
    expect(await findBlobReferences({ db, blob })).toEqual([]);
    expect(await deleteBlobIfUnreferenced({ db, blobId: blob.id, storage })).toEqual({ deleted: true });
    expect(await blobRow(db, blob.id)).toEqual([]);
    expect(await storage.get(blob.key)).toBeNull();
    expect(await deleteBlobIfUnreferenced({ db, blobId: blob.id, storage })).toEqual({
      deleted: false,
      reason: "not_found",
    });
  });

  test("items, landing pages (logo, hero) and drafts are references too", async () => {
    const db = testDb();
    const { fixture, eventId, blob, orgId } = await setup(db);
    const itemId = fixture.items[0]!.id;

    await db.update(items).set({ imageBlobId: blob.id }).where(eq(items.id, itemId));
    const [page] = await db
      .insert(eventPages)
      .values({
        eventId,
        version: 2,
        content: {
          title: "Page",
          tagline: "",
          descriptionMd: "",
          primaryColor: "#000000",
          accentColor: "#ffffff",
          logoBlobId: null,
          heroBlobId: blob.id,
          font: "sans",
          ctaLabel: "Order",
          pickupInfo: "",
        },
      })
      .returning();
    await db.insert(formDrafts).values({ eventId, fields: [imageBlock(blob.url)] });

    const references = await findBlobReferences({ db, blob });
    expect(references).toEqual(
      expect.arrayContaining([
        { kind: "item", itemId },
        { kind: "event_page", eventId, pageId: page!.id },
        { kind: "form_draft", eventId },
      ]),
    );
    expect(references).toHaveLength(3);
    expect(await deleteBlobIfUnreferenced({ db, blobId: blob.id, storage })).toMatchObject({
      deleted: false,
      reason: "referenced",
    });
    // Scoped to another organisation, the blob is not even found.
    const other = await createOrderFixture(db, { formFields: null });
    expect(
      await deleteBlobIfUnreferenced({ db, blobId: blob.id, orgId: other.event.orgId, storage }),
    ).toEqual({ deleted: false, reason: "not_found" });
    expect(await blobRow(db, blob.id)).toHaveLength(1);

    // Remove every reference: now it goes (scoped to its own organisation).
    await db.update(items).set({ imageBlobId: null }).where(eq(items.id, itemId));
    await db.delete(eventPages).where(eq(eventPages.id, page!.id));
    await db.delete(formDrafts).where(eq(formDrafts.eventId, eventId));
    expect(await deleteBlobIfUnreferenced({ db, blobId: blob.id, orgId, storage })).toEqual({
      deleted: true,
    });
  });

  test("a form save holding the blob's share lock makes a concurrent deletion wait, then keep the image", async () => {
    const db = testDb();
    const { eventId, blob, orgId } = await setup(db);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));

    // What saveDraft and publishDraft do: share-lock the named blobs, then write the reference.
    let savePid!: number;
    const save = db.transaction(async (tx) => {
      const rows = await tx.execute(sql`select pg_backend_pid() as pid`);
      savePid = Number(rows.rows[0]?.pid);
      await lockBlobsByUrl({ tx, orgId, urls: [blob.url] });
      await tx.insert(formDrafts).values({ eventId, fields: [imageBlock(blob.url)] });
      locked();
      await gate;
    });
    await lockTaken;
    let settled = false;
    const deletion = deleteBlobIfUnreferenced({ db, blobId: blob.id, storage }).finally(() => {
      settled = true;
    });
    // The deletion is blocked by the save's lock (Postgres says so), not deciding on a snapshot without it.
    await waitFor(async () => {
      const rows = await db.execute(
        sql`select pid from pg_stat_activity where ${savePid} = any(pg_blocking_pids(pid))`,
      );
      return rows.rows[0]?.pid as number | undefined;
    });
    expect(settled).toBe(false);
    release();
    await save;
    expect(await deletion).toMatchObject({ deleted: false, reason: "referenced" });
    expect(await storage.get(blob.key)).not.toBeNull();
  });
});

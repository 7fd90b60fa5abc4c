import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { blobs } from "@/db/schema";
import { startBlobStandIn, type BlobStandIn } from "@/test/blob-stand-in";
import { createTestOrg, testDb } from "@/test/db";
import type { StorageAdapter } from "./adapter";
import { ImageRejectedError } from "./images";
import { createLocalStorage } from "./local";
import { storeImage } from "./store-image";
import { createVercelBlobStorage } from "./vercel-blob";

const png = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: "#7c3aed" } })
    .png()
    .toBuffer();

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe("storeImage with local storage", () => {
  let dir: string;
  let storage: StorageAdapter;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "swagstand-store-image-"));
    storage = createLocalStorage({ root: dir });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stores the re-encoded image and records it for the organisation", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    const row = await storeImage({ db, orgId: org.id, input: await png(), storage });

    expect(row.orgId).toBe(org.id);
    expect(row.key).toMatch(new RegExp(`^org/${org.id}/[0-9a-f-]{36}\\.webp$`));
    expect(row.url).toBe(`/api/blobs/${row.key}`);
    expect([row.contentType, row.width, row.height]).toEqual(["image/webp", 64, 48]);

    const stored = await storage.get(row.key);
    expect(stored?.contentType).toBe("image/webp");
    expect(stored?.body.length).toBe(row.bytes);
    expect((await sharp(stored?.body).metadata()).format).toBe("webp");

    const [inDb] = await db.select().from(blobs).where(eq(blobs.id, row.id));
    expect(inDb).toEqual(row);
  });

  it("stores nothing and records nothing for a rejected file", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    await expect(
      storeImage({ db, orgId: org.id, input: Buffer.from("<html></html>"), storage }),
    ).rejects.toBeInstanceOf(ImageRejectedError);
    expect(await db.select().from(blobs).where(eq(blobs.orgId, org.id))).toEqual([]);
    expect(await filesUnder(dir)).toEqual([]);
  });

  it("removes the stored file when the row cannot be inserted", async () => {
    const db = testDb();
    // A well-formed id of no organisation: the foreign key refuses the row after the file was written.
    await expect(storeImage({ db, orgId: randomUUID(), input: await png(), storage })).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual([]);
  });

  it("refuses an organisation id that is not a uuid before doing anything", async () => {
    const db = testDb();
    await expect(storeImage({ db, orgId: "../../etc", input: await png(), storage })).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual([]);
  });
});

describe("storeImage with Vercel Blob (real SDK, local stand-in)", () => {
  let standIn: BlobStandIn;
  let storage: StorageAdapter;

  beforeAll(async () => {
    standIn = await startBlobStandIn();
    vi.stubEnv("VERCEL_BLOB_API_URL", standIn.apiUrl);
    vi.stubEnv("VERCEL_BLOB_RETRIES", "0");
    storage = createVercelBlobStorage({ token: standIn.token, publicBaseUrl: standIn.publicBaseUrl });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await standIn.close();
  });
  beforeEach(() => standIn.blobs.clear());

  it("stores the image in the blob store and records its public URL", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    const row = await storeImage({ db, orgId: org.id, input: await png(30, 30), storage });
    expect(row.url).toBe(`${standIn.publicBaseUrl}/${row.key}`);
    expect(standIn.blobs.get(row.key)?.contentType).toBe("image/webp");
    expect(standIn.blobs.get(row.key)?.body.length).toBe(row.bytes);
  });

  it("deletes the blob when the row cannot be inserted", async () => {
    const db = testDb();
    await expect(storeImage({ db, orgId: randomUUID(), input: await png(), storage })).rejects.toThrow();
    expect(standIn.blobs.size).toBe(0);
  });
});

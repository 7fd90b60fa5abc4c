import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/db/client";
import { blobs } from "@/db/schema";
import { startBlobStandIn, type BlobStandIn } from "@/test/blob-stand-in";
import { createTestOrg, testDb, testDriver } from "@/test/db";
import type { StorageAdapter } from "./adapter";
import { ImageRejectedError, rejectionMessages, type ImageRejectionReason } from "./images";
import { createLocalStorage } from "./local";
import { storeImage } from "./store-image";
import {
  animatedGifBomb,
  containsAnyMarker,
  executables,
  gifDeclaring,
  isCleanWebp,
  jpeg,
  jpegDeclaring,
  payloads,
  phoneJpeg,
  png,
  pngDeclaring,
  pngWithTextChunk,
} from "./test-images";
import { createVercelBlobStorage } from "./vercel-blob";

/** One storage back end as the tests see it: the adapter, what it holds, and how many writes it received. */
interface Backend {
  storage: StorageAdapter;
  /** Keys of every stored object (for local storage: every file, temporary ones included). */
  objects(): Promise<string[]>;
  /** The stored bytes of one key, read from the store itself rather than through the adapter. */
  bytes(key: string): Promise<Buffer | undefined>;
  /** Write requests that reached the store. */
  writes(): number;
}

interface BackendFixture {
  setUp(): Promise<Backend>;
  tearDown(): Promise<void>;
  close(): Promise<void>;
}

function localBackend(): BackendFixture {
  let dir = "";
  let writes = 0;
  return {
    async setUp() {
      dir = await mkdtemp(path.join(tmpdir(), "swagstand-upload-refusals-"));
      const local = createLocalStorage({ root: dir });
      writes = 0;
      return {
        storage: {
          ...local,
          put: (...args) => {
            writes += 1;
            return local.put(...args);
          },
        },
        async objects() {
          const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
          return entries
            .filter((e) => e.isFile())
            .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
        },
        bytes: (key) => readFile(path.join(dir, key)).catch(() => undefined),
        writes: () => writes,
      };
    },
    tearDown: () => rm(dir, { recursive: true, force: true }),
    close: async () => undefined,
  };
}

function vercelBackend(): BackendFixture {
  let standIn: BlobStandIn | undefined;
  return {
    async setUp() {
      standIn ??= await startBlobStandIn();
      vi.stubEnv("VERCEL_BLOB_API_URL", standIn.apiUrl);
      vi.stubEnv("VERCEL_BLOB_RETRIES", "0");
      standIn.blobs.clear();
      standIn.requests.length = 0;
      const s = standIn;
      return {
        storage: createVercelBlobStorage({ token: s.token, publicBaseUrl: s.publicBaseUrl }),
        objects: async () => [...s.blobs.keys()],
        bytes: async (key) => s.blobs.get(key)?.body,
        writes: () => s.requests.filter((r) => r.method === "PUT").length,
      };
    },
    async tearDown() {
      vi.unstubAllEnvs();
    },
    close: async () => standIn?.close(),
  };
}

const hostile: [string, () => Promise<Buffer>, ImageRejectionReason][] = [
  ["a renamed ELF executable", async () => executables.elf ?? Buffer.alloc(0), "not-an-image"],
  ["a renamed Windows executable", async () => executables.pe ?? Buffer.alloc(0), "not-an-image"],
  ["a shell script", async () => executables.shell ?? Buffer.alloc(0), "not-an-image"],
  [
    "a 50 MB file",
    async () => Buffer.concat([await png(), Buffer.alloc(50 * 1024 * 1024)]),
    "too-many-bytes",
  ],
  ["a PNG claiming 20000×20000 pixels", () => pngDeclaring(20_000, 20_000), "too-many-pixels"],
  ["a JPEG claiming 20000×20000 pixels", () => jpegDeclaring(20_000, 20_000), "too-many-pixels"],
  ["a GIF claiming 20000×20000 pixels", () => gifDeclaring(20_000, 20_000), "too-many-pixels"],
  ["a truncated PNG", async () => (await png(64, 64)).subarray(0, 60), "not-an-image"],
  ["an HTML page", async () => payloads.html, "not-an-image"],
  [
    "an SVG declaring entities (XXE)",
    async () =>
      Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>` +
          `<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"><text>&x;</text></svg>`,
      ),
    "not-an-image",
  ],
];

const backends = { local: localBackend(), "Vercel Blob (real SDK, local stand-in)": vercelBackend() };

afterAll(async () => {
  for (const backend of Object.values(backends)) await backend.close();
});

describe.each(Object.entries(backends))("uploads to %s", (_name, backend) => {
  let store: Backend;
  beforeEach(async () => {
    store = await backend.setUp();
  });
  afterEach(() => backend.tearDown());

  describe("refused with a clear message, and nothing stored", () => {
    it.each(hostile)("%s", async (_what, make, reason) => {
      const db = testDb();
      const org = await createTestOrg(db);
      const error = await storeImage({
        db,
        orgId: org.id,
        input: await make(),
        storage: store.storage,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImageRejectedError);
      expect((error as ImageRejectedError).reason).toBe(reason);
      expect((error as ImageRejectedError).message).toBe(rejectionMessages[reason]);

      expect(store.writes()).toBe(0);
      expect(await store.objects()).toEqual([]);
      expect(await db.select().from(blobs).where(eq(blobs.orgId, org.id))).toEqual([]);
    });
  });

  describe("stored only as a fresh, clean WebP", () => {
    it.each([
      ["a PNG followed by HTML", async () => Buffer.concat([await png(), payloads.html])],
      ["a JPEG followed by a ZIP", async () => Buffer.concat([await jpeg(), payloads.zip])],
      ["a PNG with script in a text chunk", () => pngWithTextChunk(payloads.html)],
      [
        "an SVG with a script",
        async () =>
          Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" onload="alert(1)">` +
              `<script>alert(document.cookie)</script><rect width="16" height="16"/></svg>`,
          ),
      ],
    ])("%s keeps the picture and loses the payload", async (_what, make) => {
      const db = testDb();
      const org = await createTestOrg(db);
      const row = await storeImage({ db, orgId: org.id, input: await make(), storage: store.storage });
      expect(row.key).toMatch(/\.webp$/);
      expect(row.contentType).toBe("image/webp");
      expect([row.width, row.height]).toEqual([16, 16]);

      const bytes = await store.bytes(row.key);
      expect(bytes?.length).toBe(row.bytes);
      expect(bytes && isCleanWebp(bytes)).toBe(true);
      expect(bytes && containsAnyMarker(bytes)).toBeUndefined();
      expect(bytes?.includes("<svg")).toBe(false);
      expect(await store.objects()).toEqual([row.key]);
    });

    it("a phone photo keeps no EXIF or GPS position", async () => {
      const db = testDb();
      const org = await createTestOrg(db);
      const row = await storeImage({ db, orgId: org.id, input: await phoneJpeg(), storage: store.storage });
      const bytes = (await store.bytes(row.key)) ?? Buffer.alloc(0);
      expect(isCleanWebp(bytes)).toBe(true);
      for (const trace of ["Exif", "GPS", "PhoneCo", "Jane Attendee"])
        expect(bytes.includes(trace)).toBe(false);
    });

    it("an animated GIF bomb is stored as one still frame", async () => {
      const db = testDb();
      const org = await createTestOrg(db);
      const row = await storeImage({
        db,
        orgId: org.id,
        input: await animatedGifBomb(2_000),
        storage: store.storage,
      });
      expect([row.width, row.height]).toEqual([64, 64]);
      expect(isCleanWebp((await store.bytes(row.key)) ?? Buffer.alloc(0))).toBe(true);
    });
  });

  describe("nothing half-uploaded remains when the database refuses the row", () => {
    it("a foreign key violation (no such organisation) deletes the stored object", async () => {
      const db = testDb();
      const error = await storeImage({
        db,
        orgId: randomUUID(),
        input: await png(),
        storage: store.storage,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ImageRejectedError);
      expect(store.writes()).toBe(1); // it really was stored first
      expect(await store.objects()).toEqual([]);
    });

    it("a failing transaction deletes the stored object and records nothing", async () => {
      const db = testDb();
      const org = await createTestOrg(db);
      const input = await png();
      await expect(
        db.transaction(async (tx) => {
          // Any failed statement aborts the transaction: every later statement fails, including the insert.
          await tx.execute(sql`select 1 / 0`).catch(() => undefined);
          await storeImage({ db: tx, orgId: org.id, input, storage: store.storage });
        }),
      ).rejects.toThrow();
      expect(store.writes()).toBe(1);
      expect(await store.objects()).toEqual([]);
      expect(await db.select().from(blobs).where(eq(blobs.orgId, org.id))).toEqual([]);
    });

    it("a database that is gone deletes the stored object and reports the database's error", async () => {
      const db = testDb();
      const org = await createTestOrg(db);
      const gone = createDb({ url: inject("databaseUrl"), driver: testDriver(), max: 1 });
      await gone.close();
      const error = await storeImage({
        db: gone.db,
        orgId: org.id,
        input: await png(),
        storage: store.storage,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ImageRejectedError);
      expect(store.writes()).toBe(1);
      expect(await store.objects()).toEqual([]);
      expect(await db.select().from(blobs).where(eq(blobs.orgId, org.id))).toEqual([]);
    });
  });
});

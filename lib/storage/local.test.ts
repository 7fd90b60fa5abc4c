import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StorageAdapter } from "./adapter";
import { InvalidBlobKeyError, isValidBlobKey, newBlobKey } from "./keys";
import { createLocalStorage } from "./local";
import { serveLocalBlob } from "./serve-local-blob";

let dir: string;
let root: string;
let storage: StorageAdapter;

beforeEach(async () => {
  // root sits one level down so a traversal one level up would land in `dir`, where the test can see it.
  dir = await mkdtemp(path.join(tmpdir(), "swagstand-blobs-"));
  root = path.join(dir, "blobs");
  storage = createLocalStorage({ root });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const orgId = () => randomUUID();
const body = Buffer.from("RIFF\0\0\0\0WEBPVP8 fake image bytes");

describe("storage keys", () => {
  it("accepts only org/{uuid}/{uuid}.{known extension}", () => {
    const key = newBlobKey({ orgId: orgId() });
    expect(key).toMatch(/^org\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.webp$/);
    expect(isValidBlobKey(key)).toBe(true);
    expect(isValidBlobKey(key.replace(".webp", ".svg"))).toBe(false);
    expect(isValidBlobKey(key.replace(".webp", ".html"))).toBe(false);
    expect(isValidBlobKey(key.toUpperCase())).toBe(false);
    expect(() => newBlobKey({ orgId: "../../etc" })).toThrow();
  });
});

describe("local storage", () => {
  it("puts, gets and deletes a file under its root", async () => {
    const key = newBlobKey({ orgId: orgId() });
    const stored = await storage.put(key, body, "image/webp");
    expect(stored).toEqual({ key, url: `/api/blobs/${key}` });
    expect(await readFile(path.join(root, key))).toEqual(body);

    expect(await storage.get(key)).toEqual({ body, contentType: "image/webp" });

    await storage.delete(key);
    expect(existsSync(path.join(root, key))).toBe(false);
    expect(await storage.get(key)).toBeNull();
    // Deleting again is not an error.
    await storage.delete(key);
  });

  it("leaves no temporary files behind", async () => {
    const org = orgId();
    const key = newBlobKey({ orgId: org });
    await storage.put(key, body, "image/webp");
    expect(await readdir(path.join(root, "org", org))).toEqual([path.basename(key)]);
  });

  it("returns null for a well-formed key that was never stored", async () => {
    expect(await storage.get(newBlobKey({ orgId: orgId() }))).toBeNull();
  });

  it("refuses a content type that does not match the key", async () => {
    const key = newBlobKey({ orgId: orgId() });
    await expect(storage.put(key, body, "text/html")).rejects.toThrow(/does not match/);
    expect(existsSync(path.join(root, key))).toBe(false);
  });

  it("refuses keys that could escape its directory, for put, get and delete", async () => {
    const id = randomUUID();
    const valid = newBlobKey({ orgId: id });
    const bad = [
      "../escaped.webp",
      `../${valid}`,
      `org/${id}/../../../escaped.webp`,
      `org/${id}/..%2f..%2fescaped.webp`,
      `${valid}/../../../../escaped.webp`,
      `org\\..\\..\\escaped.webp`,
      path.join(dir, "escaped.webp"),
      "/etc/passwd",
      `org/${id}/${id}.webp\0.png`,
      "",
    ];
    for (const key of bad) {
      await expect(storage.put(key, body, "image/webp")).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("serveLocalBlob (GET /api/blobs/[...key])", () => {
  it("serves a stored file with its type, long caching and safe headers", async () => {
    const key = newBlobKey({ orgId: orgId() });
    await storage.put(key, body, "image/webp");
    const response = await serveLocalBlob({ storage, key });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="${path.basename(key)}"`);
  });

  it("answers 404 for unknown and malformed keys", async () => {
    for (const key of [newBlobKey({ orgId: orgId() }), "../../etc/passwd", "org/x/y.webp", ""]) {
      const response = await serveLocalBlob({ storage, key });
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 404 when the active storage is not the local one", async () => {
    const key = newBlobKey({ orgId: orgId() });
    await storage.put(key, body, "image/webp");
    const elsewhere: StorageAdapter = { ...storage, kind: "vercel-blob" };
    expect((await serveLocalBlob({ storage: elsewhere, key })).status).toBe(404);
  });
});

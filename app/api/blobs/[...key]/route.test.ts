import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { newBlobKey } from "@/lib/storage/keys";
import { createLocalStorage } from "@/lib/storage/local";
import { GET } from "./route";

// The route reads the configured storage; here it is a local store in a temporary directory.
const current = vi.hoisted(() => ({ storage: undefined as StorageAdapter | undefined }));
vi.mock("@/lib/storage", () => ({
  getStorage: () => {
    if (!current.storage) throw new Error("no storage configured for this test");
    return current.storage;
  },
}));

let dir: string;
let root: string;

beforeEach(async () => {
  // The store sits one level below `dir`, which holds a secret a traversal would reach.
  dir = await mkdtemp(path.join(tmpdir(), "swagstand-blob-route-"));
  root = path.join(dir, "blobs");
  await writeFile(path.join(dir, "secret.webp"), "TOP SECRET");
  await writeFile(path.join(dir, ".env"), "APP_SECRET=TOP SECRET");
  current.storage = createLocalStorage({ root });
});
afterEach(async () => {
  current.storage = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** What Next passes the handler for GET /api/blobs/{segments…}. */
function get(segments: string[]): Promise<Response> {
  const url = `http://localhost/api/blobs/${segments.join("/")}`;
  return GET(new Request(url), { params: Promise.resolve({ key: segments }) });
}

async function storedWebp(): Promise<{ key: string; body: Buffer }> {
  const body = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
    .webp()
    .toBuffer();
  const key = newBlobKey({ orgId: randomUUID() });
  await current.storage?.put(key, body, "image/webp");
  return { key, body };
}

describe("GET /api/blobs/[...key]", () => {
  it("serves a stored image as WebP, cached for a year, never sniffed, unable to run script", async () => {
    const { key, body } = await storedWebp();
    const response = await get(key.split("/"));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");

    const csp = response.headers.get("content-security-policy") ?? "";
    const directives = csp.split(";").map((d) => d.trim());
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("sandbox"); // no allow-scripts token
    expect(csp).not.toMatch(/script-src|allow-scripts|unsafe-eval/);
  });

  it("answers 404 for a well-formed key that was never stored", async () => {
    const response = await get(newBlobKey({ orgId: randomUUID() }).split("/"));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 404, without reading outside the store, for traversal and absolute paths", async () => {
    const { key } = await storedWebp();
    const [, org, file] = key.split("/");
    const attempts: string[][] = [
      ["..", "secret.webp"],
      ["..", ".env"],
      ["org", org ?? "", "..", "..", "..", "secret.webp"],
      ["%2e%2e", "%2e%2e", "secret.webp"],
      ["%2E%2E%2Fsecret.webp"],
      ["..%2fsecret.webp"],
      ["..%5csecret.webp"],
      ["org", org ?? "", `..%2f..%2f..%2fsecret.webp`],
      ["", "etc", "passwd"],
      [path.join(dir, "secret.webp")],
      ["org", org ?? "", `${file}%00.png`],
      ["org", org ?? "", `${file}\0`],
      [key.toUpperCase()],
      key.toUpperCase().split("/"),
      [],
    ];
    for (const segments of attempts) {
      const response = await get(segments);
      expect(response.status, segments.join("/")).toBe(404);
      expect(await response.text()).not.toContain("SECRET");
    }
  });

  it("never serves an SVG (or any type we do not store), even if such a file is on disk", async () => {
    const org = randomUUID();
    const id = randomUUID();
    await mkdir(path.join(root, "org", org), { recursive: true });
    for (const extension of ["svg", "html", "js", "webp.svg"]) {
      await writeFile(path.join(root, "org", org, `${id}.${extension}`), "<svg onload=alert(1)>");
      const response = await get(["org", org, `${id}.${extension}`]);
      expect(response.status, extension).toBe(404);
      expect(response.headers.get("content-type")).not.toMatch(/svg|html|javascript/);
    }
  });

  it("answers 404 when Vercel Blob is the configured storage (its CDN serves the files)", async () => {
    const { key } = await storedWebp();
    const local = createLocalStorage({ root });
    current.storage = { ...local, kind: "vercel-blob" };
    expect((await get(key.split("/"))).status).toBe(404);
  });
});

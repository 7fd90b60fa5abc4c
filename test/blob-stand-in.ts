import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Vercel Blob API, just big enough for the requests @vercel/blob makes in put() and
 * del() (read from the SDK source: `PUT {api}/?pathname=…` with x-* option headers and the body, and
 * `POST {api}/delete` with `{ urls }`), plus public reads at `GET /public/{pathname}` the way the store's CDN
 * serves them. Point the SDK at it with VERCEL_BLOB_API_URL = apiUrl.
 */
export interface StandInBlob {
  pathname: string;
  body: Buffer;
  contentType: string;
  cacheControlMaxAge: number;
  access: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
}

export interface BlobStandIn {
  /** Value for VERCEL_BLOB_API_URL. */
  apiUrl: string;
  /** Origin + prefix of public blob URLs (what the storage adapter's publicBaseUrl should be). */
  publicBaseUrl: string;
  /** A read-write token this stand-in accepts (`vercel_blob_rw_{storeId}_{secret}`). */
  token: string;
  blobs: Map<string, StandInBlob>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const ONE_MONTH = 30 * 24 * 60 * 60;

export async function startBlobStandIn({
  storeId = "standinstore",
}: { storeId?: string } = {}): Promise<BlobStandIn> {
  const token = `vercel_blob_rw_${storeId}_standinsecret`;
  const blobs = new Map<string, StandInBlob>();
  const requests: RecordedRequest[] = [];
  let origin = "";

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendJson(res, 500, { error: { code: "internal_server_error", message: String(error) } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", origin);
    const method = req.method ?? "GET";
    requests.push({ method, path: `${url.pathname}${url.search}`, headers: req.headers });
    const body = await readBody(req);

    if (method === "GET" && url.pathname.startsWith("/public/")) {
      const blob = blobs.get(decodeURIComponent(url.pathname.slice("/public/".length)));
      if (!blob) return sendText(res, 404, "Not found");
      res.writeHead(200, {
        "content-type": blob.contentType,
        "content-length": blob.body.length,
        "cache-control": `public, max-age=${blob.cacheControlMaxAge}`,
      });
      return void res.end(blob.body);
    }

    if (req.headers.authorization !== `Bearer ${token}`) {
      return sendJson(res, 403, { error: { code: "forbidden", message: "Access denied" } });
    }

    if (method === "PUT" && url.pathname === "/") {
      const pathname = url.searchParams.get("pathname");
      if (!pathname)
        return sendJson(res, 400, { error: { code: "bad_request", message: "pathname is required" } });
      const access = header(req, "x-vercel-blob-access") ?? "";
      if (access !== "public" && access !== "private") {
        return sendJson(res, 400, {
          error: { code: "bad_request", message: "access must be public or private" },
        });
      }
      if (header(req, "x-add-random-suffix") === "1") {
        return sendJson(res, 400, {
          error: { code: "bad_request", message: "the stand-in does not add suffixes" },
        });
      }
      if (blobs.has(pathname) && header(req, "x-allow-overwrite") !== "1") {
        return sendJson(res, 400, { error: { code: "bad_request", message: "This blob already exists" } });
      }
      const contentType = header(req, "x-content-type") ?? "application/octet-stream";
      const maxAge = Number(header(req, "x-cache-control-max-age") ?? ONE_MONTH);
      blobs.set(pathname, { pathname, body, contentType, cacheControlMaxAge: maxAge, access });
      const blobUrl = `${origin}/public/${pathname}`;
      return sendJson(res, 200, {
        url: blobUrl,
        downloadUrl: `${blobUrl}?download=1`,
        pathname,
        contentType,
        contentDisposition: `inline; filename="${pathname.split("/").pop() ?? ""}"`,
        etag: `"${blobs.size}"`,
      });
    }

    if (method === "POST" && url.pathname === "/delete") {
      const parsed: unknown = JSON.parse(body.toString("utf8") || "{}");
      const urls = isObject(parsed) && Array.isArray(parsed.urls) ? parsed.urls : [];
      for (const value of urls) {
        if (typeof value !== "string") continue;
        const prefix = `${origin}/public/`;
        blobs.delete(value.startsWith(prefix) ? value.slice(prefix.length) : value);
      }
      return sendJson(res, 200, {});
    }

    return sendJson(res, 404, {
      error: { code: "not_found", message: `No stand-in for ${method} ${url.pathname}` },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    apiUrl: origin,
    publicBaseUrl: `${origin}/public`,
    token,
    blobs,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { "content-type": "text/plain" });
  res.end(text);
}

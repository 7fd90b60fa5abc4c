import http from "node:http";

/**
 * A raw HTTP request with any Host header, path bytes and body: what a hostile client sends and a browser
 * would not (a foreign Origin on an action, a malformed body, a path Chromium would re-encode). Node's fetch
 * cannot resolve *.localhost, so this connects to the server's own address and names the host in the header.
 */
export function rawRequest(
  baseUrl: string,
  options: {
    host: string;
    path: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: { host: options.host, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        response.on("error", reject);
      },
    );
    // The server may answer (413) before reading a large body and close: that is the answer, not a failure.
    request.on("error", reject);
    request.end(options.body);
  });
}

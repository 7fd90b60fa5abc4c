import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

/**
 * Server actions called exactly as a browser calls them (POST with a Next-Action id from this build), over
 * plain HTTP so a test chooses its own headers and its own source address.
 */
export function serverActionId(exportedName: string, fileFragment: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && v.filename?.includes(fileFragment),
  );
  if (!entry) throw new Error(`${exportedName} not found in the build's server-reference-manifest.json`);
  return entry[0];
}

export type ActionResponse = { status: number; redirect: string; body: string };

/**
 * POSTs `args` (JSON) to the action `actionId` on `host` (a Host header: Node does not resolve *.localhost).
 * `localAddress` picks the loopback address the request comes from (any of 127.0.0.0/8), so a test that
 * spends a client's rate limit spends its own, not the one every other spec shares.
 */
export function callServerAction({
  port,
  host,
  path: urlPath,
  actionId,
  args,
  headers = {},
  localAddress,
}: {
  port: number;
  host: string;
  path: string;
  actionId: string;
  args: unknown[];
  headers?: Record<string, string>;
  localAddress?: string;
}): Promise<ActionResponse> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: urlPath,
        method: "POST",
        localAddress,
        headers: {
          host,
          origin: `http://${host}`,
          "next-action": actionId,
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            redirect: String(response.headers["x-action-redirect"] ?? ""),
            body: text,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";

/**
 * The preload `npm start` and `npm run dev` load into the Next server: every request carries its socket
 * peer in PEER_ADDRESS_HEADER, and a client cannot put its own value there. A plain Node server with the
 * preload stands in for Next (which reads the same IncomingMessage headers).
 */
const preload = pathToFileURL(path.join(import.meta.dirname, "peer-address.mjs")).href;
const serverSource = `
  const http = require("node:http");
  const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers[${JSON.stringify(PEER_ADDRESS_HEADER)}] ?? null)));
  server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

let child: ChildProcess;
let port: number;

beforeAll(async () => {
  child = spawn(process.execPath, [`--import=${preload}`, "-e", serverSource], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(String(chunk).trim())));
    child.once("exit", (code) => reject(new Error(`test server exited (${code})`)));
  });
});

afterAll(() => {
  child.kill();
});

function get(headers: Record<string, string>, localAddress: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers, localAddress }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += String(c)));
        res.on("end", () => resolve(JSON.parse(body)));
      })
      .on("error", reject);
  });
}

describe("scripts/peer-address.mjs", () => {
  it("records the socket peer of every request", async () => {
    expect(await get({}, "127.0.0.6")).toBe("127.0.0.6");
  });

  it("overwrites a value the client sent itself", async () => {
    expect(
      await get({ [PEER_ADDRESS_HEADER]: "198.51.100.1", "x-forwarded-for": "198.51.100.2" }, "127.0.0.7"),
    ).toBe("127.0.0.7");
  });
});

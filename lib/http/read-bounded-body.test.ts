import { describe, expect, it } from "vitest";
import { readBoundedBody } from "./read-bounded-body";

function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request("http://localhost/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBoundedBody", () => {
  it("reads a body within the limit, including multi-byte text split across chunks", async () => {
    const euro = new TextEncoder().encode("€");
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(euro.slice(0, 1));
        c.enqueue(euro.slice(1));
        c.close();
      },
    });
    const request = new Request("http://localhost/x", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit);
    expect(await readBoundedBody(request, 10)).toEqual({ ok: true, text: "€" });
    expect(await readBoundedBody(streamed(["ab", "cd"]), 4)).toEqual({ ok: true, text: "abcd" });
    expect(await readBoundedBody(new Request("http://localhost/x"), 4)).toEqual({ ok: true, text: "" });
  });

  it("refuses a declared or streamed body over the limit, and bytes that are not UTF-8", async () => {
    const declared = new Request("http://localhost/x", {
      method: "POST",
      body: "ab",
      headers: { "content-length": "5000" },
    });
    expect(await readBoundedBody(declared, 10)).toEqual({ ok: false, reason: "too_large" });
    expect(await readBoundedBody(streamed(["abc", "de"]), 4)).toEqual({ ok: false, reason: "too_large" });
    const binary = new Request("http://localhost/x", { method: "POST", body: new Uint8Array([0xff, 0xfe]) });
    expect(await readBoundedBody(binary, 10)).toEqual({ ok: false, reason: "unreadable" });
  });
});

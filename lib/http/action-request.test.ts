import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkActionRequest } from "./action-request";

const LIMIT = 1024;
const ACTION_ID = "7f".padEnd(42, "a");

function request({
  body = "",
  form,
  headers = {},
  method = "POST",
}: {
  body?: string;
  form?: FormData;
  /** null removes a default header. */
  headers?: Record<string, string | null>;
  method?: string;
}) {
  const all = new Headers({
    host: "devconf.localhost:3000",
    origin: "http://devconf.localhost:3000",
    "next-action": ACTION_ID,
    "content-type": form ? "multipart/form-data; boundary=x" : "text/plain;charset=UTF-8",
  });
  for (const [name, value] of Object.entries(headers))
    if (value === null) all.delete(name);
    else all.set(name, value);
  return checkActionRequest(
    {
      method,
      headers: all,
      readText: async () => body,
      readForm: async () => form ?? new FormData(),
    },
    LIMIT,
  );
}

function formOf(entries: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.append(key, value);
  return form;
}

// The encoder the browser uses for server-action arguments (Next's own copy of React's).
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-webpack/client.edge",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

async function requestOf(args: unknown[]) {
  const encoded = await encodeReply(args);
  return typeof encoded === "string" ? request({ body: encoded }) : request({ form: encoded });
}

describe("checkActionRequest and React's encodeReply", () => {
  it("lets through whatever the browser encodes (property)", async () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.bigInt().map((n) => n),
      fc.date({ noInvalidDate: true }),
      fc.constant(undefined),
      fc.string().map((s) => `$${s}`),
      fc.array(fc.jsonValue()).map((entries) => new Set(entries)),
      fc.array(fc.tuple(fc.string(), fc.jsonValue())).map((entries) => new Map(entries)),
      fc.uint8Array().map((bytes) => bytes),
      fc.dictionary(fc.string(), fc.string()).map((fields) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        form.append("file", new Blob(["x"]));
        return form;
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 4 }), async (args) => {
        expect(await requestOf(args)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe("checkActionRequest", () => {
  it("lets through what React's encodeReply sends", async () => {
    // A plain object argument: one JSON row as text, with escaped and self-contained values.
    expect(
      await request({
        body: '["devconf",{"name":"$$ada","n":"$n12","d":"$D2020-01-01T00:00:00.000Z","u":"$undefined"}]',
      }),
    ).toBeNull();
    // FormData and Blob arguments: multipart, references to parts that are there.
    expect(
      await request({
        form: formOf({
          "0": '["$K1","$B2","$@3",{"m":"$Q4"}]',
          "1_file": new Blob(["x"]),
          "2": new Blob(["y"]),
          "3": '"ok"',
          "4": "[]",
        }),
      }),
    ).toBeNull();
  });

  it("ignores what is not an action request", async () => {
    expect(await request({ method: "GET", body: "{" })).toBeNull();
    const plainPost = checkActionRequest(
      {
        method: "POST",
        headers: new Headers({ "content-type": "application/json", origin: "https://evil.example" }),
        readText: async () => "{",
        readForm: async () => new FormData(),
      },
      LIMIT,
    );
    expect(await plainPost).toBeNull();
  });

  it("answers 400 to a body that is not JSON", async () => {
    expect(await request({ body: '["devconf", {' })).toMatchObject({ status: 400 });
    expect(await request({ form: formOf({ "0": "not json" }) })).toMatchObject({ status: 400 });
  });

  it("answers 400 to references to parts the body does not contain", async () => {
    for (const body of ['["$1"]', '["$@1"]', '["$Q2"]', '["$B1"]', '["$h1"]', '["$zz"]', '{"a":["$AB1"]}'])
      expect(await request({ body }), body).toMatchObject({ status: 400 });
    expect(await request({ form: formOf({ "0": '["$2"]', "1": '"x"' }) })).toMatchObject({ status: 400 });
    expect(await request({ form: formOf({ "1": '"x"' }) })).toMatchObject({ status: 400 });
  });

  it("answers 400 to a content type React never sends", async () => {
    for (const type of ["application/json", "application/x-www-form-urlencoded", "text/html"])
      expect(await request({ body: "[]", headers: { "content-type": type } }), type).toMatchObject({
        status: 400,
      });
  });

  it("answers 413 to a declared length over the limit, before reading the body", async () => {
    let read = false;
    const result = await checkActionRequest(
      {
        method: "POST",
        headers: new Headers({
          "next-action": ACTION_ID,
          "content-length": String(LIMIT + 1),
          "content-type": "text/plain",
        }),
        readText: async () => {
          read = true;
          return "[]";
        },
        readForm: async () => new FormData(),
      },
      LIMIT,
    );
    expect(result).toMatchObject({ status: 413 });
    expect(read).toBe(false);
  });

  it("answers 403 to a foreign origin, as Next's own check would refuse it", async () => {
    expect(await request({ body: "[]", headers: { origin: "https://evil.example" } })).toMatchObject({
      status: 403,
    });
    expect(await request({ body: "[]", headers: { origin: "null" } })).toMatchObject({ status: 403 });
    expect(await request({ body: "[]", headers: { origin: "http://other.localhost:3000" } })).toMatchObject({
      status: 403,
    });
    // A native form post (no Next-Action header) is checked for its origin too.
    expect(
      await request({
        form: formOf({ $ACTION_ID_x: "" }),
        headers: { "next-action": null, origin: "https://evil.example" },
      }),
    ).toMatchObject({ status: 403 });
    // Behind a proxy, the forwarded host is the one the browser used.
    expect(
      await request({
        body: "[]",
        headers: { host: "internal:3000", "x-forwarded-host": "devconf.localhost:3000" },
      }),
    ).toBeNull();
    // No Origin at all: let through, as Next does (not a browser, so no victim's cookies).
    expect(await request({ body: "[]", headers: { origin: null } })).toBeNull();
  });
});

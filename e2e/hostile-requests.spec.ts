import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rawRequest } from "./support/raw-http";
import { DEVCONF } from "./support/test-data";
import { rootUrl, tenantUrl } from "./support/urls";

/**
 * Malformed and hostile requests get a 4xx, never the framework's 500 (issue 9, ADR 014): paths whose
 * percent-encoding does not decode, and server-action requests with a foreign origin, a body over the limit,
 * a content type React never sends, invalid JSON, or a reference to a part that is not there.
 */

const NOT_FOUND_HEADING = /We couldn.t find that page/;

test.describe("malformed path encodings", () => {
  test("answer 400 on the API, on the root domain and on an event's host", async ({ baseURL }) => {
    const port = new URL(baseURL!).port;
    for (const host of [`localhost:${port}`, `${DEVCONF.slug}.localhost:${port}`]) {
      for (const p of ["/api/blobs/%ff%fe", "/api/blobs/%zz.png", "/api/blobs/a/%E0%A4%A"]) {
        const response = await rawRequest(baseURL!, { host, path: p });
        expect(response.status, `${host}${p}`).toBe(400);
        expect(JSON.parse(response.body)).toMatchObject({ error: "malformed_path" });
      }
    }
  });

  for (const [what, url] of [
    ["my-order on an event's host", () => tenantUrl(DEVCONF.slug, "/my-order/%zz")],
    ["a confirmation on an event's host", () => tenantUrl(DEVCONF.slug, "/order/confirmation/%E0%A4%A")],
    ["a dashboard page", () => rootUrl("/dashboard/%ff%fe")],
    ["a static-looking path", () => tenantUrl(DEVCONF.slug, "/%ff.png")],
  ] as const) {
    test(`answer the friendly 404 for ${what}`, async ({ page }) => {
      const response = await page.goto(url());
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    });
  }
});

test.describe("malformed server-action requests", () => {
  /** The id of the order form's JSON action, from the build under test. */
  function placeOrderActionId(): string {
    const manifest = JSON.parse(
      readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
    ) as { node: Record<string, { exportedName?: string; filename?: string }> };
    const entry = Object.entries(manifest.node).find(
      ([, action]) => action.exportedName === "placeOrderAction",
    );
    if (!entry) throw new Error("placeOrderAction is not in the server reference manifest");
    return entry[0];
  }

  function postAction(
    baseURL: string,
    { headers = {}, body = "" }: { headers?: Record<string, string>; body?: string | Buffer },
  ) {
    const host = new URL(tenantUrl(DEVCONF.slug)).host;
    return rawRequest(baseURL, {
      host,
      path: "/order",
      method: "POST",
      headers: {
        origin: `http://${host}`,
        "next-action": placeOrderActionId(),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        ...headers,
      },
      body,
    });
  }

  const valid = JSON.stringify([DEVCONF.slug, { attendee: { name: "A", email: "a@example.com" } }]);

  test("a well-formed call still reaches the action (and is refused by it as invalid input)", async ({
    baseURL,
  }) => {
    const response = await postAction(baseURL!, { body: valid });
    expect(response.status).toBe(200);
    expect(response.body).toContain("invalid_input");
  });

  test("a foreign origin is 403", async ({ baseURL }) => {
    for (const origin of ["https://evil.example", "null", `http://breakfast.${new URL(baseURL!).host}`]) {
      const response = await postAction(baseURL!, { headers: { origin }, body: valid });
      expect(response.status, origin).toBe(403);
    }
  });

  test("invalid JSON and unresolvable references are 400", async ({ baseURL }) => {
    for (const body of ['["devconf", {', '["devconf","$1"]', '["devconf","$@2"]', '["devconf","$Q5"]']) {
      const response = await postAction(baseURL!, { body });
      expect(response.status, body).toBe(400);
    }
  });

  test("a content type React never sends is 400", async ({ baseURL }) => {
    const response = await postAction(baseURL!, {
      headers: { "content-type": "application/json" },
      body: valid,
    });
    expect(response.status).toBe(400);
  });

  test("a body over the limit is 413", async ({ baseURL }) => {
    const body = Buffer.alloc(7 * 1024 * 1024, 0x20);
    const response = await postAction(baseURL!, { body });
    expect(response.status).toBe(413);
  });
});

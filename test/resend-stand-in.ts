import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: unknown;
}

export interface StandInReply {
  status: number;
  body: unknown;
}

/**
 * A local stand-in for the Resend API, for driving the real `resend` SDK in tests (point RESEND_BASE_URL or
 * the SDK's baseUrl at `url`). POST /emails answers from `plan` first (one reply per request, e.g. three 500s),
 * then 200 { id }. Like Resend, a repeated Idempotency-Key gets the first success's id back instead of a new one.
 */
export async function startResendStandIn(options: { plan?: StandInReply[] } = {}) {
  const plan = [...(options.plan ?? [])];
  const requests: StandInRequest[] = [];
  const idsByKey = new Map<string, string>();
  /** Emails the stand-in accepted, one per distinct key: what a recipient would actually receive. */
  const delivered: Array<{ id: string; idempotencyKey: string | null; body: unknown }> = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
      } catch {
        body = Buffer.concat(chunks).toString("utf8");
      }
      const idempotencyKey = headerValue(req.headers["idempotency-key"]);
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      requests.push({
        method: req.method ?? "GET",
        path,
        idempotencyKey,
        authorization: headerValue(req.headers.authorization),
        body,
      });

      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (req.method !== "POST" || path !== "/emails") {
        return reply(404, {
          statusCode: 404,
          name: "not_found",
          message: "The requested endpoint does not exist.",
        });
      }
      const planned = plan.shift();
      if (planned) return reply(planned.status, planned.body);

      const known = idempotencyKey ? idsByKey.get(idempotencyKey) : undefined;
      if (known) return reply(200, { id: known });
      const id = randomUUID();
      if (idempotencyKey) idsByKey.set(idempotencyKey, id);
      delivered.push({ id, idempotencyKey, body });
      return reply(200, { id });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    /** Queue more replies for the next requests. */
    enqueue(...replies: StandInReply[]) {
      plan.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

/** Error replies shaped like Resend's, so the SDK parses them as it would in production. */
export const resendErrors = {
  serverError: (): StandInReply => ({
    status: 500,
    body: { statusCode: 500, name: "internal_server_error", message: "An unexpected error occurred." },
  }),
  rateLimited: (): StandInReply => ({
    status: 429,
    body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests." },
  }),
  validation: (): StandInReply => ({
    status: 422,
    body: {
      statusCode: 422,
      name: "validation_error",
      message: "Invalid `to` field: nobody@example.com is not allowed.",
    },
  }),
};

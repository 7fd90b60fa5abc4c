/**
 * The middleware's answer to a malformed or cross-origin server-action request (issue 9, ADR 014): a 4xx
 * with a one-line reason, and one warning log line without a stack. Edge-safe.
 */
import { NextResponse } from "next/server";
import { limits } from "@/lib/limits";
import { resolveRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { checkActionRequest } from "./action-request";

export { isPossibleActionRequest } from "./action-request";

export async function refuseMalformedAction(request: Request): Promise<NextResponse | null> {
  const refusal = await checkActionRequest(
    {
      method: request.method,
      headers: request.headers,
      readText: () => request.text(),
      readForm: () => request.formData(),
    },
    limits.serverActionBodyBytes,
  );
  if (!refusal) return null;
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  // No path (it can hold a private token) and nothing from the body.
  console.warn(
    JSON.stringify({
      level: "warn",
      msg: "refused a server action request",
      status: refusal.status,
      reason: refusal.reason,
      requestId,
    }),
  );
  return new NextResponse(`${refusal.reason}\n`, {
    status: refusal.status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      [REQUEST_ID_HEADER]: requestId,
    },
  });
}

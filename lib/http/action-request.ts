/**
 * A first look at server-action requests, in the middleware, before the framework decodes them (issue 9).
 * Next answers a malformed action body (invalid JSON, a reference to a part that is not there, a body over
 * the limit, a foreign Origin) with a 500 and logs a full stack for each: noise an attacker controls, and
 * the wrong status. What can be judged from the request alone is answered here with a 4xx and one warning
 * line. Next's own checks still run afterwards unchanged (its origin check, its size limit, its decoder):
 * this only refuses earlier, never lets through what Next would refuse. ADR 014.
 *
 * Edge-safe: no Node APIs, no zod. Pure, apart from reading the body through `readBody`.
 */

export type ActionRefusal = { status: 400 | 403 | 413; reason: string };

export type ActionRequest = {
  method: string;
  headers: Headers;
  /** The body as text; only called for a text body within the size limit. */
  readText: () => Promise<string>;
  /** The body as form data; only called for a multipart body within the size limit. */
  readForm: () => Promise<FormData>;
};

export const ACTION_HEADER = "next-action";

/** A request the framework may treat as a server action: a fetch action, or a multipart POST (a form post). */
export function isPossibleActionRequest(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  return headers.has(ACTION_HEADER) || (headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

export async function checkActionRequest(
  request: ActionRequest,
  bodyLimitBytes: number,
): Promise<ActionRefusal | null> {
  const { method, headers } = request;
  if (!isPossibleActionRequest(method, headers)) return null;

  const originRefusal = checkOrigin(headers);
  if (originRefusal) return originRefusal;

  const length = headers.get("content-length");
  if (length !== null && Number(length) > bodyLimitBytes)
    return { status: 413, reason: "action body over the size limit" };

  // A form posted before the page's JavaScript ran (no Next-Action header): Next checks its action ids itself.
  if (!headers.has(ACTION_HEADER)) return null;

  const contentType = (headers.get("content-type") ?? "").toLowerCase();
  try {
    if (contentType.startsWith("text/plain"))
      return checkReplyRows(new Map([["0", await request.readText()]]));
    if (contentType.startsWith("multipart/form-data")) return checkReplyForm(await request.readForm());
  } catch {
    return { status: 400, reason: "action body could not be read" };
  }
  // React sends a reply as text or as multipart form data, nothing else.
  return { status: 400, reason: "action body of an unsupported content type" };
}

/**
 * Same rule as Next's CSRF check (action-handler.js): the Origin's host must equal X-Forwarded-Host, else
 * Host. This app configures no serverActions.allowedOrigins, so there is no list to consult. A request with
 * no Origin at all is let through, as Next does (a browser always sends one on a POST).
 */
function checkOrigin(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { status: 403, reason: "action from an unreadable origin" };
  }
  return host !== null && originHost === host ? null : { status: 403, reason: "action from another origin" };
}

function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/** Rows of a multipart reply: decimal keys ("0", "1"…) hold JSON rows; other entries (files, "1_field" form data) are parts. */
function checkReplyForm(form: FormData): ActionRefusal | null {
  const rows = new Map<string, string>();
  const parts = new Set<string>();
  for (const [key, value] of form.entries()) {
    parts.add(key);
    if (/^[0-9]+$/.test(key) && typeof value === "string") rows.set(key, value);
  }
  return checkReplyRows(rows, parts);
}

/** References that carry their value in the string itself and point at no other part. */
const SELF_CONTAINED = new Set(["$", "T", "I", "-", "N", "u", "D", "n"]);
/** Prefix letters of references to another part (promise, server reference, Map, Set, iterator, Blob, typed arrays, streams). */
const PART_REFERENCE = new Set([..."@hQWiBAOoUSsLlGgMmVRrXx"]);

/**
 * Every row must be JSON, and every "$…" reference in it must point at a part the body contains. React's
 * decoder otherwise throws (bad JSON) or waits for a part that never comes and fails ("Connection closed"),
 * both answered 500 by the framework.
 */
function checkReplyRows(
  rows: Map<string, string>,
  parts: Set<string> = new Set(rows.keys()),
): ActionRefusal | null {
  if (!rows.has("0")) return { status: 400, reason: "action body without its root row" };
  for (const row of rows.values()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(row);
    } catch {
      return { status: 400, reason: "action body is not valid JSON" };
    }
    const stack: unknown[] = [parsed];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value === "string") {
        if (value.startsWith("$") && !referenceResolves(value, parts))
          return { status: 400, reason: "action body refers to a part it does not contain" };
      } else if (Array.isArray(value)) stack.push(...value);
      else if (value !== null && typeof value === "object") stack.push(...Object.values(value));
    }
  }
  return null;
}

function referenceResolves(reference: string, parts: Set<string>): boolean {
  const tag = reference.charAt(1);
  if (reference.length === 1 || SELF_CONTAINED.has(tag)) return true;
  // FormData: its entries are the parts named "<id>_…"; an empty FormData has none, so nothing to check.
  if (tag === "K") return /^[0-9a-f]+$/.test(reference.slice(2));
  const id = PART_REFERENCE.has(tag) ? reference.slice(2) : reference.slice(1);
  return /^[0-9a-f]+$/.test(id) && parts.has(String(parseInt(id, 16)));
}

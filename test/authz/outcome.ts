/**
 * What happened when the authorisation tests called an endpoint, in three kinds, so that a crash can never
 * pass for a success: "refused" (who asked may not), "succeeded" (a real result), "failed" (anything else —
 * an exception, `unavailable`, `conflict`, `invalid_input`: a broken sample or a broken endpoint).
 */
export type OutcomeKind = "refused" | "succeeded" | "failed";
export type Outcome = { kind: OutcomeKind; detail: string; value?: unknown };

const refusalCodes = new Set(["forbidden", "not_found", "unauthenticated"]);
const signInPath = "/dashboard/sign-in";

/** Next's control-flow errors carry a digest: `NEXT_REDIRECT;replace;/path;307;` or `NEXT_HTTP_ERROR_FALLBACK;404`. */
export function navigationOf(error: unknown): { kind: "redirect"; to: string } | { kind: "404" } | null {
  const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "404" };
  if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
  return null;
}

/**
 * Runs an endpoint. Actions refuse with a failed result of a refusal code, loaders by throwing the 404 page
 * or a redirect to sign-in. A redirect anywhere else is how an action reports success (signed out, created).
 */
export async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await run();
    if (value && typeof value === "object" && "ok" in value) {
      const result = value as { ok: boolean; code?: string };
      if (result.ok) return { kind: "succeeded", detail: "ok", value };
      const code = result.code ?? "?";
      return { kind: refusalCodes.has(code) ? "refused" : "failed", detail: code, value };
    }
    return { kind: "succeeded", detail: "returned data", value };
  } catch (error) {
    const navigation = navigationOf(error);
    if (navigation?.kind === "404") return { kind: "refused", detail: "404 page" };
    if (navigation?.kind === "redirect") {
      return navigation.to.startsWith(signInPath)
        ? { kind: "refused", detail: `redirect to ${navigation.to}` }
        : { kind: "succeeded", detail: `redirect to ${navigation.to}`, value: navigation.to };
    }
    return { kind: "failed", detail: `threw ${(error as Error)?.message ?? String(error)}` };
  }
}

/**
 * The value with every stream, Blob and Response in it read to text, so that what a client would receive
 * is what gets searched (JSON.stringify turns a ReadableStream into `{}`).
 */
export async function readAll(value: unknown, depth = 0): Promise<unknown> {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof ReadableStream) return new Response(value).text();
  if (value instanceof Response || value instanceof Blob) return value.text();
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return Promise.all(value.map((v) => readAll(v, depth + 1)));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = await readAll(v, depth + 1);
  return out;
}

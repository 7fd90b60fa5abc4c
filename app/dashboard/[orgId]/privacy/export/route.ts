import { loadPrivacyExport } from "../loaders";

/**
 * GET /dashboard/{org}/privacy/export?email=…: every order of that address as one JSON file. The loader
 * authorises (404 for anyone without "privacy.manage" in the organisation) and audits the export.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ orgId: string }> },
): Promise<Response> {
  const { orgId } = await params;
  const email = new URL(request.url).searchParams.get("email") ?? "";
  const document = await loadPrivacyExport({ orgId, email });
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="personal-data-${document.exportedAt.slice(0, 10)}.json"`,
      // Personal data: never kept by a browser or a proxy cache.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

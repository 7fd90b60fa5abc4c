import { loadOrdersExport } from "./loaders";

/**
 * GET /dashboard/{org}/events/{event}/orders/export?…the table's search params…: the CSV download.
 * The loader authorises (404 for anyone without "orders.export" in the organisation) and streams.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ orgId: string; eventId: string }> },
): Promise<Response> {
  const { orgId, eventId } = await params;
  const searchParams = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    raw[key] = values.length === 1 ? values[0]! : values;
  }
  const { filename, stream } = await loadOrdersExport({ ...raw, orgId, eventId });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Personal data: never kept by a browser or a proxy cache.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

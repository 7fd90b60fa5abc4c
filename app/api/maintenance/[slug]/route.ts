import { maintenanceForSlug } from "@/lib/maintenance/cached";
import { withRoute } from "@/lib/observability/with-route";

/**
 * The effective maintenance mode of an event (ADR 027), asked by the closed gate in middleware.ts, which has no
 * database. Public: it says only what the event's attendees are shown anyway, and an unknown or draft slug gets
 * the global mode alone. Read through the Next data cache (lib/maintenance/cached.ts).
 */
type Context = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

export const GET = withRoute(
  "/api/maintenance/[slug]",
  async (_request, context: Context) => {
    const { slug } = await context.params;
    const noStore = { "Cache-Control": "no-store" };
    if (!/^[a-z0-9-]{1,63}$/i.test(slug)) return Response.json({ mode: "off" }, { headers: noStore });
    const { mode, message } = await maintenanceForSlug(slug);
    return Response.json({ mode, message }, { headers: noStore });
  },
  { quiet: true },
);

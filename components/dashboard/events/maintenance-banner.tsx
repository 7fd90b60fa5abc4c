import { Alert } from "@/components/ui/alert";
import type { EffectiveMaintenance } from "@/lib/maintenance/mode";

/** Shown on every event page while attendees get maintenance (ADR 027): which mode, set by whom, and the message. */
export function MaintenanceBanner({ maintenance }: { maintenance: EffectiveMaintenance }) {
  if (maintenance.mode === "off") return null;
  const what =
    maintenance.mode === "read_only"
      ? "Read-only maintenance: attendees can see the shop, but ordering and cancelling are refused."
      : "Closed for maintenance: attendee pages answer “closed for maintenance”.";
  const by = maintenance.source === "global" ? " Set for the whole platform by an operator." : "";
  return (
    <Alert tone="warning" testId="maintenance-banner" title={what}>
      {`Attendees read: “${maintenance.message}”.${by}`}
    </Alert>
  );
}

import { brandColors, type EmailBranding } from "./event-layout";
import { ActionButton } from "./order-summary";

/** Text styles shared by the supplier emails (one order, a batch list). */
export const supplierText = { fontSize: "15px", lineHeight: "22px", color: "#111827" };
export const supplierCell = { fontSize: "14px", lineHeight: "20px", color: "#111827", margin: 0 };
export const supplierMuted = { ...supplierCell, color: "#6b7280" };

/** The link to the supplier's private list, when there is one (none in previews). */
export function SupplierListButton({
  branding,
  listUrl,
}: {
  branding: EmailBranding;
  listUrl: string | null | undefined;
}) {
  if (!listUrl) return null;
  const colors = brandColors(branding);
  return (
    <ActionButton
      href={listUrl}
      label="Open your list (mark orders shipped or ready)"
      background={colors.primary}
      color={colors.onPrimary}
    />
  );
}
